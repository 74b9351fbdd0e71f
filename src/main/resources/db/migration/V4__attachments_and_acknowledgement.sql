-- Evidence uploaded with a task (service receipt, objection materials, rectification report, re-inspection
-- report). Kept in the database, not on a node's disk, so every node of a cluster serves the same files;
-- the SHA-256 lets anyone check a download against what was filed.
create table attachment (
    id           uuid          primary key,
    case_id      uuid          not null references case_file (id),
    task_key     varchar(64)   not null,
    task_id      varchar(64)   not null,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamp     not null
);
create index attachment_case on attachment (case_id);

-- The first time the party opens a notice online counts as its acknowledgement of receipt.
alter table document add column acknowledged_at timestamp;
alter table document add column acknowledged_by varchar(64);
