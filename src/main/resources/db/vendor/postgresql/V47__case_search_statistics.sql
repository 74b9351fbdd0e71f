-- How many cases a search fragment finds is estimated from the statistics of the search expression (V35). With the
-- default hundred sampled values a fragment found in 11,133 of 10^6 cases was estimated at 101, so PostgreSQL read
-- all 11,133 through the trigram index and sorted them for the first page (45 ms warm, 185 ms cold; explain analyze
-- on the benchmark's archive, 2026-12-03). A thousand values estimate 9,117: the first page is found walking the
-- newest cases (V46) until twenty match, 24 ms, while a fragment found in 110 cases keeps the trigram index.
alter index case_file_search_text alter column 1 set statistics 1000;
analyze case_file;
