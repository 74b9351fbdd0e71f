-- Legal bases say only what the cited text says (issue 13): a basis taken from secondary sources carried a
-- working note "[待核]" in its text, which users read. It becomes a flag, shown to users in words ("依据待核实").
alter table deadline_rule add column basis_verified boolean default true not null;
update deadline_rule set basis_verified = false, basis = trim(replace(basis, '[待核]', '')) where basis like '%[待核]%';
-- 18号令 Art.48 sets no period for reporting a failed re-inspection up the line (domain.md §7): the period is the
-- bureau's own, unless the organising bureau's notice sets one.
update deadline_rule set basis = '内部办理时限（组织抽查部门的通知另有规定的，从其规定）', basis_verified = false
where step = 'REPORT_TO_PROVINCE';
-- a case keeps the basis its deadline was started under
alter table case_deadline add column basis_verified boolean default true not null;
update case_deadline set basis_verified = false, basis = trim(replace(basis, '[待核]', '')) where basis like '%[待核]%';
update case_deadline set basis = '内部办理时限（组织抽查部门的通知另有规定的，从其规定）', basis_verified = false
where step = 'REPORT_TO_PROVINCE';
