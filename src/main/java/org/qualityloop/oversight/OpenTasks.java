package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code open_task} table: written only by {@link OpenTaskProjection}, read by every oversight view. */
@Repository
public class OpenTasks {

    static final String COLUMNS = "task_id, case_id, task_key, stage, assignee, candidate_groups, bureau_code, "
            + "created_at, due_on, due_verified";

    private final JdbcClient jdbc;

    OpenTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or refreshes the task's row; the bureau comes from the case, the one place it is kept. */
    void save(OpenTask t) {
        int updated = jdbc.sql("""
                update open_task set task_key = ?, stage = ?, assignee = ?, candidate_groups = ?, due_on = ?,
                  due_verified = ? where task_id = ?""")
                .params(t.taskKey(), t.stage(), t.assignee(), t.candidateGroups(), t.dueOn(), t.dueVerified(),
                        t.taskId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into open_task (" + COLUMNS + ") select ?, id, ?, ?, ?, ?, bureau_code, ?, ?, ?"
                            + " from case_file where id = ?")
                    .params(t.taskId(), t.taskKey(), t.stage(), t.assignee(), t.candidateGroups(),
                            Timestamp.from(t.createdAt()), t.dueOn(), t.dueVerified(), t.caseId())
                    .update();
        }
    }

    void remove(String taskId) {
        jdbc.sql("delete from open_task where task_id = ?").param(taskId).update();
    }

    public java.util.Optional<OpenTask> find(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from open_task where task_id = ?").param(taskId)
                .query(OpenTasks::map).optional();
    }

    public List<OpenTask> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from open_task where case_id = ? order by due_on, task_id")
                .param(caseId).query(OpenTasks::map).list();
    }

    /** Every row, for the consistency check against the engine. */
    public List<OpenTask> all() {
        return jdbc.sql("select " + COLUMNS + " from open_task order by task_id").query(OpenTasks::map).list();
    }

    /** Open tasks in these bureaus due on or before the day: what the deadline watch looks at. */
    List<OpenTask> dueBy(LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from open_task where due_on <= ? order by due_on, task_id")
                .param(day).query(OpenTasks::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from open_task").query(Long.class).single();
    }

    public long countIn(Collection<String> bureaus) {
        if (bureaus.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from open_task where bureau_code in (:bureaus)")
                .param("bureaus", bureaus).query(Long.class).single();
    }

    static OpenTask map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpenTask(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getObject(9, LocalDate.class), rs.getBoolean(10));
    }
}
