-- Risk analytics (issue 17) count the cases of a scope of bureaus over a period of registration: grouped queries
-- that range over this index instead of reading every case of the bureau.
create index case_file_bureau_registered on case_file (bureau_code, registered_on);

-- An enterprise's latest results (its risk grade reads at most the latest few, issue 17) straight from the index,
-- newest first, however many results it has: the sort is the index's order, not a sort of all of them. It serves
-- everything the index on (sampled_uscc, registered_on) served, which it replaces.
create index case_file_sampled_recent on case_file (sampled_uscc, registered_on desc, case_no desc);
drop index case_file_sampled_uscc;
