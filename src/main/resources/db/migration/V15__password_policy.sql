-- Passwords age and are not reused (等保 2.0 level 3: complexity and periodic change). An account whose
-- password was set by someone else (the first administrator, later a reset) must change it at sign-in.
-- Accounts from before this have no change date: their passwords do not age until first changed.
alter table app_user add column password_changed_at timestamp;
alter table app_user add column must_change_password boolean default false not null;
create table password_history (
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    changed_at    timestamp    not null
);
create index password_history_user on password_history (username, changed_at);
