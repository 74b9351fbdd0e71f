-- Case search (issue 18): the search box looks for a fragment anywhere in the case number, report number, product,
-- enterprise name and credit code (casefile.CaseSearch.SEARCH_TEXT, the same expression). Without an index every
-- search reads every case: with 10^6 closed cases the three searches of the benchmark took p95 1,214 / 1,204 /
-- 1,234 ms (./mvnw -Pbench verify -Dbench.intake=500 -Dbench.open=3000 -Dbench.complete=500 -Dbench.overdue=500,
-- 2026-12-02). A trigram index answers a fragment of three characters or more from the index (docs/performance.md
-- has the figures with it). pg_trgm is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index case_file_search_text on case_file using gin (
    (lower(case_no || ' ' || report_no || ' ' || product_name || ' ' || sampled_name || ' ' || sampled_uscc))
    gin_trgm_ops);
