-- The hearing's record (听证笔录) is what the decision rests on when the party asked to be heard: kept with the
-- penalty case, not only in the event log.
alter table penalty_case add column hearing_record varchar(4000);
