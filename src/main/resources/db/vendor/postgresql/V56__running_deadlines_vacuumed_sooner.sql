-- Autovacuum for the deadlines after a fixed number of changed rows instead of a share of the table. The analytics
-- count the running deadlines from an index alone (case_deadline_running, V45), which reads the heap for every row
-- on a page not yet marked all-visible, and the rows that change are the running ones: a year's holiday notice
-- recounts all of them, a completion meets one and starts the next. By the default rule (a fifth of the table dead)
-- 3.1 million deadlines are vacuumed after 626,000 changes, so the running ones stayed unmarked: the province's count
-- of 120,981 running deadlines took 70-98 ms warm after they were all moved, with as many heap fetches, and 30-32 ms
-- once vacuumed (0.4 s; explain analyze on the benchmark's archive, 2026-12-06). The analytics page's p95 was
-- 175-219 ms in the full benchmark runs, which recount the deadlines just before it, against 94-119 ms without.
alter table case_deadline set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000);
