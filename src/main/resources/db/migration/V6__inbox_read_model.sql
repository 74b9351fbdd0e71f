-- The inbox reads the read model too (issue 5): one row per candidate group of each open task, so
-- "the open tasks of my groups" is a range of the primary key instead of a LIKE over open_task's list.
-- Rows of tasks open before this migration are filled in by ReadModelCheck's start-up repair.
create table open_task_candidate (
    group_id varchar(80) not null,
    task_id  varchar(64) not null references open_task (task_id) on delete cascade,
    primary key (group_id, task_id)
);
create index open_task_candidate_task on open_task_candidate (task_id);
-- the inbox's "claimed by me" half, ordered by due date
create index open_task_assignee_created on open_task (assignee, created_at);
