-- Receipts signed on the spot (issue 17): the recipient (or, for 留置送达, the witness) signs on the handler's phone.
-- The drawn signature is kept as PNG with its SHA-256, the time, the handler's account and, where the phone gave it,
-- the location. A record of receipt, not a CA-backed reliable electronic signature (电子签名法 Art.13): see README.
create table service_signature (
  id           uuid primary key,
  case_id      uuid not null references case_file (id),
  task_id      varchar(64) not null,
  signer_role  varchar(16) not null,
  signer_name  varchar(100) not null,
  image        bytea not null,
  sha256       varchar(64) not null,
  signed_at    timestamp with time zone not null,
  recorded_by  varchar(64) not null,
  latitude     double precision,
  longitude    double precision,
  accuracy_m   double precision
);
create index service_signature_task on service_signature (task_id);
create index service_signature_case on service_signature (case_id);
