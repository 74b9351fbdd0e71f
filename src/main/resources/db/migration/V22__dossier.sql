-- The dossier (卷宗) of an archived case as it was produced at archiving: kept, like everything on a case,
-- never replaced or deleted. Open cases get theirs produced on demand and not kept.
create table dossier (
    id           uuid          primary key,
    case_id      uuid          not null references case_file (id),
    produced_at  timestamp     not null,
    pages        integer       not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    content      bytea         not null
);
create unique index dossier_case on dossier (case_id);
