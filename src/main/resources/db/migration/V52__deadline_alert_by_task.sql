-- The deadline watch reads the alerts already raised for a thousand open tasks at a time. The primary key leads with
-- the alert's kind, and with statistics missing or stale (right after an escalation raised 10,000 alerts) PostgreSQL
-- planned that read as a scan of the key on the kind alone, comparing a thousand task ids row by row: 158 ms a read
-- on 10,000 alerts (generic plan, no statistics), 12.3 s for a sweep over 100,001 open tasks in the benchmark of
-- 2026-12-04. By task id the same read takes 3 ms, with or without statistics.
create index deadline_alert_task on deadline_alert (task_id);
