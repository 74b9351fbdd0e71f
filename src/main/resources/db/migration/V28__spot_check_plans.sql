-- Spot-check plans (issue 15): the plan, the batches sampled per category and bureau (the denominator of
-- nonconforming rates), and the handling reports each bureau submits on the plan's cases, kept with the plan.
create table spot_check_plan (
    code              varchar(40)   primary key,
    name              varchar(200)  not null,
    plan_year         integer       not null,
    organizing_bureau varchar(6)    not null references bureau (code),
    created_by        varchar(64)   not null,
    created_at        timestamp     not null
);
create unique index spot_check_plan_name on spot_check_plan (name);

create table plan_quota (
    plan_code    varchar(40)  not null references spot_check_plan (code),
    category     varchar(100) not null,
    bureau_code  varchar(6)   not null references bureau (code),
    batches      integer      not null,
    primary key (plan_code, category, bureau_code)
);

create table plan_handling_report (
    id            uuid          primary key,
    plan_code     varchar(40)   not null references spot_check_plan (code),
    bureau_code   varchar(6)    not null references bureau (code),
    report_no     varchar(64)   not null,
    submitted_by  varchar(64)   not null,
    submitted_at  timestamp     not null,
    cases         integer       not null,
    closed        integer       not null,
    late          integer       not null,
    pdf           bytea         not null,
    sheet         bytea         not null
);
create index plan_handling_report_plan on plan_handling_report (plan_code, bureau_code);
