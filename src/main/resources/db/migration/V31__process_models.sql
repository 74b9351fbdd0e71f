-- Process models brought in by a province (issue 16): each import is kept whole (the file's name, what the mapping made
-- of it, the report element by element) with who imported and who approved or refused it; nothing is deleted, a
-- refused or superseded import stays on record. A stage variant says which bureau (and every bureau below it) runs
-- its own version of a stage; the nearest up the tree wins.
create table process_model_import (
  id              uuid primary key,
  file_name       varchar(255) not null,
  source_entry    varchar(255) not null,
  source_format   varchar(8) not null,
  process_key     varchar(64) not null,
  stage           varchar(32) not null,
  bureau_code     varchar(6),
  deploy_key      varchar(64) not null,
  camunda_xml     text,
  report          text not null,
  status          varchar(16) not null,
  reason          varchar(1000),
  imported_by     varchar(64) not null,
  imported_at     timestamp with time zone not null,
  decided_by      varchar(64),
  decided_at      timestamp with time zone,
  decision_note   varchar(1000),
  deployment_id   varchar(64),
  definition_id   varchar(64),
  version         integer,
  restores        varchar(64)
);
create index process_model_import_key on process_model_import (deploy_key, imported_at);
create index process_model_import_deployment on process_model_import (deployment_id);

create table stage_variant (
  stage        varchar(32) not null,
  bureau_code  varchar(6) not null,
  deploy_key   varchar(64) not null,
  import_id    uuid not null,
  since        timestamp with time zone not null,
  primary key (stage, bureau_code)
);
