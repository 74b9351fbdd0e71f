-- Completing a task makes Camunda 7.24 look up its subtasks (select ... from ACT_RU_TASK where
-- PARENT_TASK_ID_ = ?), a column it does not index: with 10^5 open tasks every completion scans them all.
-- Measured (./mvnw -Pbench verify, 100,000 open cases, PostgreSQL 15, 2 cores): completing through our
-- service layer 67 -> 211 tasks/s, the bare engine 90 -> 668 tasks/s with this index (docs/performance.md).
-- On a large live database create it by hand first with CREATE INDEX CONCURRENTLY under this name.
create index act_idx_task_parent on act_ru_task (parent_task_id_);
