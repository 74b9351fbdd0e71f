-- The analytics count the deadlines still running by step, for the bureaus and years in view, live (whether one is
-- missed depends on the day). Joined to each one's case for its bureau and registration day, that count read 50,741
-- buffers for 12,601 running deadlines: 70 ms warm, 304 ms cold, and more with every open case (explain analyze on
-- the benchmark's archive of 10^6 closed cases, 2026-12-03). Each deadline now keeps its case's bureau (moved with
-- the case, casefile.CaseFiles.moveTo) and registration day, so the count reads the running deadlines alone (V45).
alter table case_deadline add column bureau_code varchar(6);
alter table case_deadline add column registered_on date;
update case_deadline set bureau_code = (select c.bureau_code from case_file c where c.id = case_deadline.case_id),
                         registered_on = (select c.registered_on from case_file c where c.id = case_deadline.case_id);
alter table case_deadline alter column bureau_code set not null;
alter table case_deadline alter column registered_on set not null;
