-- The public search looks for a fragment in product, enterprise, credit code and producer at once
-- (publication.PublishedEntries.SEARCH_TEXT, the same expression): a trigram index answers it from the index instead
-- of reading every published entry (10^6 in the benchmark's archive; docs/performance.md "Public portal").
create extension if not exists pg_trgm;
create index publication_entry_search_text on publication_entry using gin (
    (lower(coalesce(product_name, '') || ' ' || coalesce(enterprise_name, '') || ' ' || coalesce(enterprise_uscc, '')
        || ' ' || coalesce(producer_name, ''))) gin_trgm_ops);
