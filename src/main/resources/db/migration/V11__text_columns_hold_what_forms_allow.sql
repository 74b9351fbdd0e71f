-- Every text a form takes is stored whole (issue 12): the columns below were narrower than the forms allowed
-- (a 2,001-character objection inside its statutory window answered 500 and was lost). Free text is now
-- 4,000 characters everywhere, the limit forms.FormField.LONG_TEXT_MAX declares; event summaries carry a
-- reason with a few words around it. Widening keeps every row as it is.
alter table service_record alter column evidence set data type varchar(4000);
alter table objection alter column reason set data type varchar(4000);
alter table objection alter column acceptance_reason set data type varchar(4000);
alter table objection alter column proposal_reason set data type varchar(4000);
alter table rectification alter column requirements set data type varchar(4000);
alter table rectification alter column disposal set data type varchar(4000);
alter table reinspection alter column notes set data type varchar(4000);
alter table penalty_case alter column legal_opinion set data type varchar(4000);
alter table deadline_extension alter column reason set data type varchar(4000);
alter table case_event alter column summary set data type varchar(8000);
