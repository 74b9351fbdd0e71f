-- Documents from templates (issue 14): the issued text as laid out (XHTML, escaped values only) beside its plain
-- text, and the bodies a party turns to against a bureau's decision, named on its documents (行政处罚法 Art.59).
alter table document add column body_html text;
alter table bureau add column reconsideration_body varchar(100);
alter table bureau add column court varchar(100);
-- the officers who investigated, named on the penalty decision (comma-separated usernames)
alter table penalty_case add column investigated_by varchar(200);
