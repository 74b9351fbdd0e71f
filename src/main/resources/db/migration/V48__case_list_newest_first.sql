-- The case list shows the newest cases first (registered_at desc, case_no desc). Without an index in that order
-- PostgreSQL reads and sorts every case in scope for the first twenty: 203 ms for the first page of 10^6 cases, 159 ms
-- for four bureaus' 40,000 (explain analyze on the benchmark's archive, 2026-12-03); along this index it reads twenty
-- entries, 0.05 ms, and the benchmark's row "case list, first page, no search" was 12.6 ms p95 at 10^6 with it.
-- Tried once before as V46 and taken out because the 10,000-row import on PostgreSQL ran two to three times slower
-- in .ci/run with it (846 s for the suite against 232 s). Back, that suite took 113 s on its own and 119 s within
-- .ci/run (2026-12-03, sixth session; docs/performance.md).
create index case_file_newest on case_file (registered_at desc, case_no desc);
