-- The searched text kept beside each case and each published entry, lowered, as on PostgreSQL (there with a trigram
-- index on it; db/vendor/postgresql/V51 has the measurement). H2 computes it on every write of the row.
alter table case_file add column search_text varchar generated always as (
    lower(case_no || ' ' || report_no || ' ' || product_name || ' ' || sampled_name || ' ' || sampled_uscc));

alter table publication_entry add column search_text varchar generated always as (
    lower(coalesce(product_name, '') || ' ' || coalesce(enterprise_name, '') || ' ' || coalesce(enterprise_uscc, '')
        || ' ' || coalesce(producer_name, '')));
