-- The inbox's group work read off one index (issue 5 benchmark, 100,000 open tasks, a handler's group of
-- 2,000, PostgreSQL 15): joining candidates to open_task took 34-43 ms per page (a hash join over every
-- open task). Candidate rows that carry the stage and sort keys, and exist only while the task is
-- unclaimed, give the first 50 in 2.2 ms and the count in 0.9 ms (index-only scans; EXPLAIN ANALYZE after
-- VACUUM ANALYZE). See docs/performance.md.
alter table open_task_candidate add column stage varchar(24);
alter table open_task_candidate add column due_on date;
alter table open_task_candidate add column created_at timestamp;
update open_task_candidate set
    stage = (select t.stage from open_task t where t.task_id = open_task_candidate.task_id),
    due_on = (select t.due_on from open_task t where t.task_id = open_task_candidate.task_id),
    created_at = (select t.created_at from open_task t where t.task_id = open_task_candidate.task_id);
delete from open_task_candidate where task_id in (select task_id from open_task where assignee is not null);
create index open_task_candidate_due on open_task_candidate (group_id, due_on, created_at, task_id);
