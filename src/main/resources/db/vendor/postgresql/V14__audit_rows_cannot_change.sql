-- On PostgreSQL the trail cannot be changed through the application at all: an UPDATE or DELETE of an audit
-- row or a case event is refused by the database, whatever role asks. Only someone who can alter the table
-- (disable the trigger) could, and the hash chain still shows where.
create function refuse_change_to_record() returns trigger language plpgsql as $$
begin
    raise exception 'the record in % is append-only', tg_table_name;
end
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function refuse_change_to_record();
create trigger case_event_append_only before update or delete on case_event
    for each row execute function refuse_change_to_record();
