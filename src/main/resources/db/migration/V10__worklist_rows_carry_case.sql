-- The worklist keeps what its lists show of a case on its own rows (issue 11: a module never reads another
-- module's tables). Case number, product and enterprise never change after intake; the bureau was already
-- carried for the dashboard. The inbox and the oversight task list no longer join case_file.
alter table open_task add column case_no varchar(40);
alter table open_task add column product_name varchar(200);
alter table open_task add column enterprise_name varchar(200);
update open_task set
    case_no = (select c.case_no from case_file c where c.id = open_task.case_id),
    product_name = (select c.product_name from case_file c where c.id = open_task.case_id),
    enterprise_name = (select c.sampled_name from case_file c where c.id = open_task.case_id);
alter table open_task alter column case_no set not null;
alter table open_task alter column product_name set not null;
alter table open_task alter column enterprise_name set not null;
