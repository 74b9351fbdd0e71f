-- V37's index on the running deadlines by case served the calendar recount's search for the cases a year's notice
-- moves, read in pages by case id. That search is now one read (oversight.CalendarRecount.affected), and the running
-- deadlines' index by bureau (V45) serves it as well: 113-144 ms without this index against 98-123 ms with it, for
-- 99,981 running deadlines among 3,110,012 (explain analyze on the benchmark's archive, 2026-12-06), once a year. Every
-- running deadline written or met changed both indexes; now only V45's.
drop index if exists case_deadline_open;
