package org.qualityloop.administration;

import java.util.ArrayList;
import java.util.List;
import org.qualityloop.identity.GroupMembers;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.OpenTask;
import org.qualityloop.worklist.OpenTasks;
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
        SECOND_MAIN_INSTANCE, JOB_OUT_OF_RETRIES, READ_MODEL, TASK_NOBODY_CAN_DO }

    private final JdbcClient jdbc;
    private final ReadModelCheck readModel;

    private final OpenTasks openTasks;
    private final GroupMembers members;

    ConsistencyCheck(JdbcClient jdbc, ReadModelCheck readModel, OpenTasks openTasks, GroupMembers members) {
        this.openTasks = openTasks;
        this.members = members;
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
        nobodyCanDo().forEach(task -> found.add(new Finding(Kind.TASK_NOBODY_CAN_DO, task.caseId().toString(),
                task.taskKey() + " " + task.taskId() + " " + task.candidateGroups())));
        return found;
    }

    /**
     * Open tasks nobody holds and no active user may take: a re-test institution without users, a bureau whose
     * handlers all left. A supervisor hands such a task to a handler of the case's bureau. Asked once per
     * distinct set of candidate groups, not per task.
     */
    private List<OpenTask> nobodyCanDo() {
        java.util.Map<String, Boolean> anybody = new java.util.HashMap<>();
        return openTasks.all().stream().filter(t -> t.assignee() == null)
                .filter(t -> !anybody.computeIfAbsent(t.candidateGroups(),
                        groups -> !members.staffOf(t.groups()).isEmpty() || !members.enterprisesOf(t.groups()).isEmpty()))
                .toList();
    }

    private void add(List<Finding> found, Kind kind, String sql, Object... params) {
        jdbc.sql(sql).params(params).query((rs, n) -> new Finding(kind, rs.getString(1), rs.getString(2))).list().forEach(found::add);
    }
}
