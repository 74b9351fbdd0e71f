-- A year's holiday notice loaded by an administrator: who and when, and whether the deadlines that reached into
-- the year have been recounted. The recount runs in batches after the load commits; a node that claimed it and
-- died leaves the claim to lapse, and the next node resumes where the cases still show unverified dates.
alter table calendar_year add column loaded_at timestamp;
alter table calendar_year add column loaded_by varchar(64);
alter table calendar_year add column recount_claimed_at timestamp;
alter table calendar_year add column recount_done_at timestamp;
update calendar_year set recount_done_at = current_timestamp;
