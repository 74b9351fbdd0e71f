package org.qualityloop.worklist;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.OpenTask;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the read model with the engine, task by task: the same open tasks of cases, each with the same
 * step, case, assignee, candidate groups and due day; and the dashboard's tally with the read model, cell
 * by cell. An empty answer means every list and dashboard tells the truth. The engine's side is read in
 * two queries over its runtime tables, whatever the number of tasks.
 */
@Component
public class ReadModelCheck {

    /** An open task of a case as the engine holds it. */
    private record EngineTask(String id, String key, String assignee, Date due, Date created, UUID caseId,
                              String groups) {
    }

    private final JdbcClient jdbc;
    private final OpenTasks openTasks;
    private final BusinessClock clock;
    private final OpenTaskProjection stages;
    private final TaskTally tally;

    ReadModelCheck(JdbcClient jdbc, OpenTasks openTasks, BusinessClock clock, OpenTaskProjection stages,
                   TaskTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.openTasks = openTasks;
        this.clock = clock;
        this.stages = stages;
    }

    /**
     * Every disagreement, one line each, for a test to print or an administrator to act on. One snapshot
     * throughout, so work going on meanwhile is not mistaken for drift.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<String> differences() {
        Map<String, OpenTask> rows = openTasks.all().stream()
                .collect(Collectors.toMap(OpenTask::taskId, Function.identity()));
        List<String> found = new ArrayList<>();
        for (EngineTask task : engineTasks().values()) {
            OpenTask row = rows.remove(task.id());
            if (row == null) {
                found.add("task " + task.id() + " (" + task.key() + ") is open but not in open_task");
                continue;
            }
            compare(found, task, "step", task.key(), row.taskKey());
            compare(found, task, "assignee", task.assignee(), row.assignee());
            compare(found, task, "due day", task.due() == null ? null : clock.dayOf(task.due()), row.dueOn());
            compare(found, task, "candidate groups", task.groups(), row.candidateGroups());
            compare(found, task, "case", task.caseId(), row.caseId());
        }
        rows.keySet().forEach(id -> found.add("open_task " + id + " has no open task in the engine"));
        long missing = openTasks.withoutCandidates();
        if (missing > 0) {
            found.add(missing + " unclaimed open tasks have no candidate rows");
        }
        long claimed = openTasks.claimedWithCandidates();
        if (claimed > 0) {
            found.add(claimed + " claimed open tasks still offered to their groups");
        }
        found.addAll(tally.differences());
        return found;
    }

    /**
     * Brings the read model back in line with the engine: rows for tasks it lacks (a database that
     * predates it, a listener skipped by hand), corrected rows, and stale rows removed. Returns what it fixed.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public int repair() {
        List<String> found = differences();
        if (found.isEmpty()) {
            return 0;
        }
        Map<String, EngineTask> engine = engineTasks();
        for (EngineTask task : engine.values()) {
            var due = task.due() == null ? null : clock.dayOf(task.due());
            OpenTask row = new OpenTask(task.id(), task.caseId(), task.key(), stages.stageOf(task.key()),
                    task.assignee(), task.groups(), null, task.created().toInstant(), due,
                    openTasks.dueVerified(task.created(), due));
            openTasks.save(row);
            openTasks.writeCandidates(row);
        }
        openTasks.all().stream().map(OpenTask::taskId).filter(id -> !engine.containsKey(id)).forEach(openTasks::remove);
        tally.rebuild();
        return found.size();
    }

    /** Repairs at start-up only when the counts disagree, so a healthy node starts without a full scan. */
    @EventListener(ApplicationReadyEvent.class)
    void repairOnStart() {
        long engine = jdbc.sql("select count(*) from act_ru_task t where " + OF_A_CASE).query(Long.class).single();
        long rows = openTasks.count();
        if (engine != rows || tally.total() != rows || openTasks.withoutCandidates() > 0) {
            int fixed = repair();
            LoggerFactory.getLogger(ReadModelCheck.class)
                    .warn("Read model had {} open tasks, the engine {}: {} differences repaired", rows, engine, fixed);
        }
    }

    /** A task belongs to a case when its process instance carries the case id (other processes are not listed). */
    private static final String OF_A_CASE = "exists (select 1 from act_ru_variable v where v.execution_id_ = "
            + "t.proc_inst_id_ and v.name_ = '" + Bpmn.Var.CASE_ID + "')";

    private Map<String, EngineTask> engineTasks() {
        Map<String, TreeSet<String>> groups = new HashMap<>();
        jdbc.sql("""
                select l.task_id_, l.group_id_ from act_ru_identitylink l
                where l.type_ = 'candidate' and l.task_id_ is not null and l.group_id_ is not null""")
                .query((rs, n) -> groups.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2)))
                .list();
        Map<String, EngineTask> found = new LinkedHashMap<>();
        jdbc.sql("""
                select t.id_, t.task_def_key_, t.assignee_, t.due_date_, t.create_time_, v.text_
                from act_ru_task t join act_ru_variable v on v.execution_id_ = t.proc_inst_id_ and v.name_ = ?
                order by t.id_""")
                .param(Bpmn.Var.CASE_ID)
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp(4);
                    TreeSet<String> of = groups.getOrDefault(rs.getString(1), new TreeSet<>());
                    return found.put(rs.getString(1), new EngineTask(rs.getString(1), rs.getString(2), rs.getString(3),
                            due == null ? null : new Date(due.getTime()), new Date(rs.getTimestamp(5).getTime()),
                            UUID.fromString(rs.getString(6)), of.stream().collect(Collectors.joining(",", ",", ","))));
                })
                .list();
        return found;
    }

    private static void compare(List<String> found, EngineTask task, String what, Object engine, Object readModel) {
        if (!Objects.equals(engine, readModel)) {
            found.add("task " + task.id() + " " + what + ": engine " + engine + ", open_task " + readModel);
        }
    }
}
