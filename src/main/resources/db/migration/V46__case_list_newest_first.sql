-- The case list shows the newest cases first (registered_at desc, case_no desc). Without an index in that order
-- PostgreSQL read and sorted every case in scope for the first twenty: 203 ms for the first page of 10^6 cases, 159 ms
-- for four bureaus' 40,000 (explain analyze on the benchmark's archive, 2026-12-03); along this index it reads twenty
-- entries, 0.05 ms. A search that finds many cases walks it too (V47).
create index case_file_newest on case_file (registered_at desc, case_no desc);
