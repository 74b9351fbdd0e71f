-- The analytics count deadlines still running live (whether one is missed depends on the day) and read only those:
-- among the 3 million deadlines of a province's archive, the 10^5 open cases' few. H2 has no partial index; there
-- the primary key's case_id order serves.
create index case_deadline_open on case_deadline (case_id) where met_on is null;
