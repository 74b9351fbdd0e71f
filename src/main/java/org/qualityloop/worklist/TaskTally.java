package org.qualityloop.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.transactions.Statements;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks counted ahead of time by (bureau, stage, assignee, due day, calendar verified): what the
 * dashboard reads through the view {@code open_task_tally} instead of aggregating every open task.
 * Writers only ever insert ±1 into {@code task_tally_delta}, in the task's own transaction, so concurrent
 * intake never queues on a hot counter row; {@link #fold} moves the deltas into {@code task_tally}.
 */
@Repository
public class TaskTally {

    /** The tally's key: one cell of the dashboard before the due day is turned into a due state. */
    public record Key(String bureauCode, String stage, String assignee, LocalDate dueOn, boolean dueVerified) {

        /** The cell a task is counted in, with the bureau given: a row built from a task event does not know it. */
        static Key of(org.qualityloop.process.OpenTask task, String bureau) {
            return new Key(bureau, task.stage(), task.assignee(), task.dueOn(), task.dueVerified());
        }
    }

    static final String KEY = "bureau_code, stage, assignee, due_on, due_verified";

    private final JdbcClient jdbc;
    private final WorklistWrites kept;

    TaskTally(JdbcClient jdbc, WorklistWrites kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /**
     * Counts the task's current row in ({@code +1}) or out ({@code -1}), among the writes given: it must come after the
     * row's insert or update and before its delete.
     */
    void count(Statements writes, String taskId, int sign) {
        writes.add("insert into task_tally_delta (" + KEY + ", n) select " + KEY + ", ? from open_task where task_id = ?",
                sign, taskId);
    }

    /** Counts these tasks' current rows in or out, in one statement. */
    void countAll(java.util.Collection<String> taskIds, int sign) {
        jdbc.sql("insert into task_tally_delta (" + KEY + ", n) select " + KEY + ", :sign from open_task"
                        + " where task_id in (:ids)")
                .param("sign", sign).param("ids", taskIds).update();
    }

    /**
     * Moves up to {@code limit} deltas into the tally; returns how many it moved. Deltas are claimed by
     * deleting exactly the rows read: when another node folded some of them first, fewer rows go and the
     * whole fold rolls back, so a delta is never counted twice or lost.
     */
    @Transactional
    public int fold(int limit) {
        Map<Key, Long> sums = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select id, " + KEY + ", n from task_tally_delta order by id fetch first ? rows only")
                .param(limit)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    sums.merge(new Key(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getBoolean(6)), rs.getLong(7), Long::sum);
                });
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            deleted += jdbc.sql("delete from task_tally_delta where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).update();
        }
        if (deleted != ids.size()) {
            throw new ConcurrencyFailureException("Another node folded " + (ids.size() - deleted) + " of "
                    + ids.size() + " tally deltas first");
        }
        sums.forEach((key, n) -> {
            if (n != 0 && add(key, n) == 0) {
                jdbc.sql("insert into task_tally (" + KEY + ", n) values (?, ?, ?, ?, ?, ?)")
                        .params(key.bureauCode(), key.stage(), key.assignee(), key.dueOn(), key.dueVerified(), n)
                        .update();
            }
        });
        jdbc.sql("delete from task_tally where n = 0").update();
        return ids.size();
    }

    private int add(Key key, long n) {
        return jdbc.sql("""
                update task_tally set n = n + ? where bureau_code = ? and stage = ?
                  and assignee is not distinct from ? and due_on is not distinct from ? and due_verified = ?""")
                .params(n, key.bureauCode(), key.stage(), key.assignee(), key.dueOn(), key.dueVerified())
                .update();
    }

    /**
     * Counts open_task afresh (after a repair of the read model). One snapshot for the deletes and the
     * count: a task event committed meanwhile is neither counted nor deleted, so its delta still applies.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void rebuild() {
        kept.writeKept();
        jdbc.sql("delete from task_tally_delta").update();
        jdbc.sql("delete from task_tally").update();
        jdbc.sql("insert into task_tally (" + KEY + ", n) select " + KEY + ", count(*) from open_task group by " + KEY)
                .update();
    }

    /** Cells where the tally and a count of open_task disagree, one line each; empty when they agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<String> differences() {
        kept.writeKept();
        Map<Key, long[]> cells = new LinkedHashMap<>();
        jdbc.sql("select " + KEY + ", count(*) from open_task group by " + KEY)
                .query(rs -> {
                    cells.computeIfAbsent(key(rs), k -> new long[2])[0] = rs.getLong(6);
                });
        jdbc.sql("select " + KEY + ", sum(n) from open_task_tally group by " + KEY)
                .query(rs -> {
                    cells.computeIfAbsent(key(rs), k -> new long[2])[1] = rs.getLong(6);
                });
        List<String> found = new ArrayList<>();
        cells.forEach((key, n) -> {
            if (n[0] != n[1]) {
                found.add("tally " + key + ": " + n[0] + " open tasks, counted " + n[1]);
            }
        });
        return found;
    }

    /** Open tasks counted, deltas included: at start-up a mismatch with open_task means a rebuild. */
    long total() {
        kept.writeKept();
        return jdbc.sql("select coalesce(sum(n), 0) from open_task_tally").query(Long.class).single();
    }

    private static Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getBoolean(5));
    }
}
