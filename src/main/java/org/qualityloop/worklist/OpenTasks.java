package org.qualityloop.worklist;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseSummary;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.OpenTaskRows;
import org.qualityloop.transactions.Reads;
import org.qualityloop.transactions.Statements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code open_task} table: written by {@link OpenTaskProjection} as the engine's tasks change, and by a calendar
 * recount moving many tasks' due dates at once ({@link #dueDatesMoved}); read by every oversight view.
 */
@Repository
public class OpenTasks implements OpenTaskRows {

    public static final String COLUMNS = "task_id, case_id, task_key, stage, assignee, candidate_groups, bureau_code, "
            + "created_at, due_on, due_verified";

    private final JdbcClient jdbc;
    private final TaskTally tally;
    private final CaseFiles cases;
    private final org.camunda.bpm.engine.TaskService engine;
    private final StatutoryCalendar calendar;
    private final BusinessClock clock;
    private final JdbcTemplate batch;
    private final WorklistWrites beforeCommit;

    OpenTasks(JdbcClient jdbc, TaskTally tally, CaseFiles cases,
              @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.TaskService engine,
              StatutoryCalendar calendar, BusinessClock clock, JdbcTemplate batch, WorklistWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.calendar = calendar;
        this.clock = clock;
        this.batch = batch;
        this.engine = engine;
        this.cases = cases;
        this.jdbc = jdbc;
        this.tally = tally;
    }

    /**
     * Inserts or refreshes the task's row; the bureau comes from the case, the one place it is kept. The
     * candidate rows (what the inbox reads for group work) exist only while nobody has claimed the task.
     */
    void save(OpenTask t) {
        OpenTask before = find(t.taskId()).orElse(null);
        if (before == null) {
            insert(t);
            return;
        }
        boolean recount = !TaskTally.Key.of(before, before.bureauCode()).equals(TaskTally.Key.of(t, before.bureauCode()));
        Statements writes = new Statements();
        if (recount) {
            tally.count(writes, t.taskId(), -1);
        }
        writes.add("""
                update open_task set task_key = ?, stage = ?, assignee = ?, candidate_groups = ?, due_on = ?,
                  due_verified = ? where task_id = ?""",
                t.taskKey(), t.stage(), t.assignee(), t.candidateGroups(), t.dueOn(), t.dueVerified(), t.taskId());
        if (recount) {
            tally.count(writes, t.taskId(), +1);
        }
        boolean unchanged = java.util.Objects.equals(before.assignee(), t.assignee())
                && before.candidateGroups().equals(t.candidateGroups())
                && java.util.Objects.equals(before.dueOn(), t.dueOn());
        if (!unchanged) {
            writeCandidates(writes, new OpenTask(t.taskId(), t.caseId(), t.taskKey(), t.stage(), t.assignee(),
                    t.candidateGroups(), t.bureauCode(), before.createdAt(), t.dueOn(), t.dueVerified()));
        }
        beforeCommit.keep(writes);
    }

    /**
     * The case's open tasks follow it to another bureau (the engine's tasks were moved first): counted out of the old
     * bureau's tally and into the new one's, with their groups and holder as the engine now has them.
     */
    @org.springframework.context.event.EventListener
    void onMoved(org.qualityloop.casefile.CaseMoved moved) {
        beforeCommit.writeKept();
        List<OpenTask> rows = jdbc.sql("select " + COLUMNS + " from open_task where case_id = ?").param(moved.caseId())
                .query(OpenTasks::map).list();
        for (OpenTask t : rows) {
            org.camunda.bpm.engine.task.Task task = engine.createTaskQuery().taskId(t.taskId()).singleResult();
            if (task == null) {
                continue;
            }
            String groups = engine.getIdentityLinksForTask(t.taskId()).stream()
                    .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType())
                            && l.getGroupId() != null)
                    .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).sorted()
                    .collect(java.util.stream.Collectors.joining(",", ",", ","));
            Statements writes = new Statements();
            tally.count(writes, t.taskId(), -1);
            writes.add("update open_task set bureau_code = ?, candidate_groups = ?, assignee = ? where task_id = ?",
                    moved.toBureau(), groups, task.getAssignee(), t.taskId());
            tally.count(writes, t.taskId(), +1);
            writeCandidates(writes, new OpenTask(t.taskId(), t.caseId(), t.taskKey(), t.stage(), task.getAssignee(),
                    groups, moved.toBureau(), t.createdAt(), t.dueOn(), t.dueVerified()));
            beforeCommit.keep(writes);
        }
    }

    /** Whether the loaded calendar covers a task's whole period, from the day it was created to its due day. */
    boolean dueVerified(java.util.Date created, LocalDate due) {
        return due == null || calendar.covers(clock.dayOf(created), due);
    }

    /**
     * Many tasks' new due dates, written in a few statements rather than row by row as {@link #save} does: the
     * engine's due dates were moved in one command that tells no task listener. Each task is counted out of its
     * tally cell and into the new one; its candidate rows carry the new day for the inbox's order.
     */
    public void dueDatesMoved(java.util.Map<String, java.util.Date> dueByTask) {
        List<String> ids = List.copyOf(dueByTask.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(from + 1000, ids.size()));
            beforeCommit.writeKept();
            List<OpenTask> rows = jdbc.sql("select " + COLUMNS + " from open_task where task_id in (:ids)")
                    .param("ids", chunk).query(OpenTasks::map).list();
            tally.countAll(chunk, -1);
            List<Object[]> due = rows.stream().map(t -> {
                LocalDate day = clock.dayOf(dueByTask.get(t.taskId()));
                return new Object[] {day, dueVerified(java.util.Date.from(t.createdAt()), day), t.taskId()};
            }).toList();
            batch.batchUpdate("update open_task set due_on = ?, due_verified = ? where task_id = ?", due);
            batch.batchUpdate("update open_task_candidate set due_on = ? where task_id = ?",
                    due.stream().map(r -> new Object[] {r[0], r[2]}).toList());
            tally.countAll(chunk, +1);
        }
    }

    /** A task just created: nothing to read or clear first; its row, its count and its candidates in one round trip. */
    void insert(OpenTask t) {
        CaseSummary c = cases.summary(t.caseId()).orElseThrow(() -> new IllegalStateException("No case " + t.caseId()));
        Statements writes = new Statements().add("insert into open_task (" + COLUMNS + ", case_no, product_name,"
                        + " enterprise_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.taskId(), t.caseId(), t.taskKey(), t.stage(), t.assignee(), t.candidateGroups(), c.bureauCode(),
                Timestamp.from(t.createdAt()), t.dueOn(), t.dueVerified(), c.caseNo(), c.productName(),
                c.enterpriseName());
        tally.count(writes, t.taskId(), +1);
        insertCandidates(writes, t);
        beforeCommit.keep(writes);
    }

    /** The task's candidate rows written afresh (a repair of the read model). */
    void writeCandidates(OpenTask t) {
        Statements writes = new Statements();
        writeCandidates(writes, t);
        beforeCommit.keep(writes);
    }

    private static void writeCandidates(Statements writes, OpenTask t) {
        writes.add("delete from open_task_candidate where task_id = ?", t.taskId());
        insertCandidates(writes, t);
    }

    private static void insertCandidates(Statements writes, OpenTask t) {
        if (t.assignee() != null) {
            return;
        }
        writes.addRows("insert into open_task_candidate (group_id, task_id, stage, due_on, created_at)",
                t.groups().stream().map(group -> new Object[] {group, t.taskId(), t.stage(), t.dueOn(),
                        Timestamp.from(t.createdAt())}).toList());
    }

    /** Its candidate rows go with the task's: their foreign key cascades (V6); a delete of theirs cost a round trip. */
    void remove(String taskId) {
        Statements writes = new Statements();
        tally.count(writes, taskId, -1);
        beforeCommit.keep(writes.add("delete from open_task where task_id = ?", taskId));
    }

    /** Claimed open tasks that still have candidate rows: the inbox would show them to the whole group. */
    long claimedWithCandidates() {
        beforeCommit.writeKept();
        return jdbc.sql("""
                select count(*) from open_task t where t.assignee is not null
                  and exists (select 1 from open_task_candidate c where c.task_id = t.task_id)""")
                .query(Long.class).single();
    }

    /** Unclaimed open tasks whose candidate rows are missing: a database from before they existed. */
    long withoutCandidates() {
        beforeCommit.writeKept();
        return jdbc.sql("""
                select count(*) from open_task t where t.candidate_groups <> ',' and t.assignee is null
                  and not exists (select 1 from open_task_candidate c where c.task_id = t.task_id)""")
                .query(Long.class).single();
    }

    @Override
    public java.util.Optional<OpenTask> find(String taskId) {
        beforeCommit.writeKept();
        return jdbc.sql("select " + COLUMNS + " from open_task where task_id = ?").param(taskId)
                .query(OpenTasks::map).optional();
    }

    @Override
    public java.util.function.Supplier<java.util.Optional<OpenTask>> find(String taskId, Reads along) {
        beforeCommit.writeKept();
        var rows = along.add("select " + COLUMNS + " from open_task where task_id = ?", OpenTasks::map, taskId);
        return () -> rows.get().stream().findFirst();
    }

    /** Every row, for the consistency check against the engine. */
    public List<OpenTask> all() {
        beforeCommit.writeKept();
        return jdbc.sql("select " + COLUMNS + " from open_task order by task_id").query(OpenTasks::map).list();
    }

    /** Open tasks due on or before the day: what the deadline watch looks at. */
    public List<OpenTask> dueBy(LocalDate day) {
        beforeCommit.writeKept();
        return jdbc.sql("select " + COLUMNS + " from open_task where due_on <= ? order by due_on, task_id")
                .param(day).query(OpenTasks::map).list();
    }

    /**
     * The cases with an open task due on or after {@code from} whose date the loaded calendar does not yet cover: what
     * a year's notice may move. In one read, as {@code CaseDeadlines.casesWithUnverifiedIn}.
     */
    public List<java.util.UUID> casesWithUnverifiedDueFrom(LocalDate from) {
        beforeCommit.writeKept();
        return jdbc.sql("select distinct case_id from open_task where due_verified = false and due_on >= ?")
                .param(from).query(java.util.UUID.class).list();
    }

    /** The open tasks of several cases, by case. */
    public java.util.Map<UUID, List<OpenTask>> ofCases(java.util.Collection<UUID> caseIds) {
        java.util.Map<UUID, List<OpenTask>> byCase = new java.util.HashMap<>();
        if (!caseIds.isEmpty()) {
            beforeCommit.writeKept();
            jdbc.sql("select " + COLUMNS + " from open_task where case_id in (:ids) order by due_on, task_id")
                    .param("ids", caseIds).query(OpenTasks::map).list()
                    .forEach(t -> byCase.computeIfAbsent(t.caseId(), id -> new java.util.ArrayList<>()).add(t));
        }
        return byCase;
    }

    /** The open tasks of one case. */
    @Override
    public List<OpenTask> ofCase(java.util.UUID caseId) {
        beforeCommit.writeKept();
        return jdbc.sql("select " + COLUMNS + " from open_task where case_id = ? order by due_on, task_id")
                .param(caseId).query(OpenTasks::map).list();
    }

    public long count() {
        beforeCommit.writeKept();
        return jdbc.sql("select count(*) from open_task").query(Long.class).single();
    }

    public static OpenTask map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpenTask(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getObject(9, LocalDate.class), rs.getBoolean(10));
    }
}
