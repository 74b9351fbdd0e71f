-- The case search's trigram index with the year of registration beside the searched text (btree_gin, a trusted
-- extension like pg_trgm: the database's owner may create it). A fragment found in many cases was read and sorted
-- whole for its first page: "电吹风 型号5", found in 11,133 of the benchmark's 1,101,000 cases, took 28-37 ms, 8-10 of
-- them in the index and the rest reading the matches from the heap. CaseFiles.pageOfMatches now reads a fragment's
-- matches only up to one more than the list counts (11 ms for that one) and looks for a fragment found in more among
-- the newest year's cases, which this index gives without reading the others: its 1,245 matches of 2026 in 5.4-7.2 ms
-- (explain analyze on the benchmark's archive, warm, 2026-12-06). The year is an equality, so the index skips through
-- its long list of cases as through a frequent trigram's; a range of days (registered_on >= ...) in the same kind of
-- index collected every case of the range first: 13-24 ms. Without a year the index answers a fragment as the one it
-- replaces (10-11 ms for "测试企业4711", 28-35 for reading all of "电吹风 型号5", either index) and is smaller: 107
-- against 127 MB there.
create extension if not exists btree_gin;
create index case_file_search_text_year on case_file using gin (
    search_text gin_trgm_ops, (extract(year from registered_at)));
drop index case_file_search_text;
