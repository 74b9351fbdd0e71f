package org.qualityloop.administration;

import java.util.ArrayList;
import java.util.List;
import org.qualityloop.process.Bpmn;
import org.qualityloop.worklist.ReadModelCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that our tables and the engine tell the same story: every open case has its running process
 * instance, no closed case still runs, every running instance belongs to an open case, no job has run out
 * of retries, and the open-task read model matches the engine's tasks. Each check is one set-based query
 * over the engine's runtime tables, so it stays quick with 10^5 open cases.
 */
@Component
public class ConsistencyCheck {

    /** One disagreement: what kind, which case or instance, and what was found. */
    public record Finding(Kind kind, String subject, String detail) {
    }

    public enum Kind { OPEN_CASE_WITHOUT_INSTANCE, CLOSED_CASE_STILL_RUNNING, INSTANCE_WITHOUT_CASE,
        SECOND_MAIN_INSTANCE, JOB_OUT_OF_RETRIES, READ_MODEL }

    private final JdbcClient jdbc;
    private final ReadModelCheck readModel;

    ConsistencyCheck(JdbcClient jdbc, ReadModelCheck readModel) {
        this.jdbc = jdbc;
        this.readModel = readModel;
    }

    @Transactional(readOnly = true)
    public List<Finding> run() {
        List<Finding> found = new ArrayList<>();
        add(found, Kind.OPEN_CASE_WITHOUT_INSTANCE, """
                select c.case_no, coalesce(c.process_instance_id, '-') from case_file c
                where c.status = 'OPEN' and (c.process_instance_id is null
                  or not exists (select 1 from act_ru_execution e where e.id_ = c.process_instance_id))""");
        add(found, Kind.CLOSED_CASE_STILL_RUNNING, """
                select c.case_no, e.id_ from case_file c join act_ru_execution e on e.id_ = c.process_instance_id
                where c.status <> 'OPEN'""");
        add(found, Kind.INSTANCE_WITHOUT_CASE, """
                select coalesce(e.business_key_, '-'), e.id_ from act_ru_execution e
                where e.id_ = e.proc_inst_id_ and (e.business_key_ is null
                  or not exists (select 1 from case_file c where c.case_no = e.business_key_ and c.status = 'OPEN'))""");
        add(found, Kind.SECOND_MAIN_INSTANCE, """
                select e.business_key_, e.id_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where e.id_ = e.proc_inst_id_ and d.key_ = ?
                  and not exists (select 1 from case_file c where c.process_instance_id = e.id_)""",
                Bpmn.Process.POST_PROCESSING);
        add(found, Kind.JOB_OUT_OF_RETRIES, """
                select coalesce(e.business_key_, '-'), j.id_ || ': ' || coalesce(j.exception_msg_, '')
                from act_ru_job j left join act_ru_execution e on e.id_ = j.process_instance_id_
                where j.retries_ = 0""");
        readModel.differences().forEach(d -> found.add(new Finding(Kind.READ_MODEL, "open_task", d)));
        return found;
    }

    private void add(List<Finding> found, Kind kind, String sql, Object... params) {
        jdbc.sql(sql).params(params).query((rs, n) -> new Finding(kind, rs.getString(1), rs.getString(2))).list().forEach(found::add);
    }
}
