-- Results imported from a spreadsheet (issue 15): the file as uploaded, then every row as read, checked and, once
-- committed, registered. The work is done in the background by whichever node holds the import's lease, and resumes
-- from the rows already done after a restart; registration is idempotent by report number, so nothing is doubled.
create table intake_import (
    id              uuid          primary key,
    uploaded_by     varchar(64)   not null,
    uploaded_at     timestamp     not null,
    file_name       varchar(255)  not null,
    content         bytea         not null,
    plan            varchar(200),
    category        varchar(100),
    status          varchar(16)   not null,
    total_rows      integer       default 0 not null,
    processed_rows  integer       default 0 not null,
    claimed_at      timestamp,
    failure         varchar(2000)
);
create index intake_import_work on intake_import (status, claimed_at);
create index intake_import_owner on intake_import (uploaded_by, uploaded_at);

create table intake_import_row (
    import_id  uuid          not null references intake_import (id),
    row_no     integer       not null,
    report_no  varchar(64),
    cells      text          not null,
    request    text,
    status     varchar(16)   not null,
    errors     text,
    case_id    uuid,
    primary key (import_id, row_no)
);
