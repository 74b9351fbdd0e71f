-- Penalty decisions made public on the enterprise credit publicity system (市场监督管理行政处罚信息公示规定): the
-- period is a deadline rule like any other, to be checked against the rules in force, and the day each decision
-- was made public is kept with its penalty case.
insert into deadline_rule (step, amount, unit, counts_from, basis, basis_verified) values
  ('PENALTY_PUBLICITY', 20, 'WORKING_DAYS', '作出行政处罚决定', '市场监督管理行政处罚信息公示规定', false);
insert into deadline_rule_history (step, amount, unit, counts_from, basis, basis_verified, changed_by, changed_at)
  values ('PENALTY_PUBLICITY', 20, 'WORKING_DAYS', '作出行政处罚决定', '市场监督管理行政处罚信息公示规定', false, 'system',
          current_timestamp);
alter table penalty_case add column publicized_on date;
alter table penalty_case add column publicized_by varchar(64);
