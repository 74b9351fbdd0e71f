-- The searched text kept beside each case and each published entry, lowered, instead of an index on the expression
-- (V35, V42). The index gives a fragment's candidates; each is then checked against the text, and with the
-- expression that meant lowering the five columns again for every candidate: 9 of the 22 ms a product found in
-- 11,133 archived cases spent in the heap. Kept, it is read as it is, and a fragment of several words is looked up
-- by its words (paging.SearchFragment) and checked as typed: the case search by "电吹风 型号5" took 44-45 ms with the
-- expression, 33-35 ms with the text kept, 23-24 ms looked up by its words (pgbench -t 40 of the page's statement on
-- the benchmark's archive of 10^6 closed and 110,000 open cases, warm, 2026-12-04). Adding the column rewrites the
-- table: 31 s for those 1,110,000 cases here, 20 s for the index.
alter table case_file add column search_text text generated always as (
    lower(case_no || ' ' || report_no || ' ' || product_name || ' ' || sampled_name || ' ' || sampled_uscc)) stored;
drop index case_file_search_text;
create index case_file_search_text on case_file using gin (search_text gin_trgm_ops);

alter table publication_entry add column search_text text generated always as (
    lower(coalesce(product_name, '') || ' ' || coalesce(enterprise_name, '') || ' ' || coalesce(enterprise_uscc, '')
        || ' ' || coalesce(producer_name, ''))) stored;
drop index publication_entry_search_text;
create index publication_entry_search_text on publication_entry using gin (search_text gin_trgm_ops);
