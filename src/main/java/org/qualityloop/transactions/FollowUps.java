package org.qualityloop.transactions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that follows a change, written down with the change and done soon after it commits, for many subjects at once.
 * A registration or a completion used to count its case into the analytics and grade its enterprise again before it
 * committed: a dozen statements, most of them reads, waited on by the person or system registering. Now the
 * transaction writes the subjects it touched in one batch ({@link #add}), and {@link #run} hands them to their
 * {@link FollowUp} in batches, each in a transaction of its own. What is written down commits or rolls back with the
 * change, so nothing is lost and nothing is done for a change that did not happen.
 */
@Component
public class FollowUps {

    /** Subjects handed to a handler at once. */
    public static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final JdbcClient jdbc;
    private final BeforeCommitWrites beforeCommit;
    private final TransactionTemplate transactions;
    private final ObjectProvider<FollowUp> handlers;

    FollowUps(JdbcClient jdbc, BeforeCommitWrites beforeCommit, TransactionTemplate transactions,
              ObjectProvider<FollowUp> handlers) {
        this.jdbc = jdbc;
        this.beforeCommit = beforeCommit;
        this.transactions = transactions;
        this.handlers = handlers;
    }

    private record Key(String kind, String subject) {
    }

    /** What the running transaction touched, written just before it commits with the rest it keeps. */
    private static final class Gathered implements BeforeCommitWrites.Kept {
        final Map<Key, String> reasons = new LinkedHashMap<>();

        @Override
        public void writeInto(Statements writes) {
            if (!reasons.isEmpty()) {
                writes.addRows(INSERT_INTO, rows(reasons));
                reasons.clear();
            }
        }
    }

    private static final String INSERT_INTO = "insert into follow_up (kind, subject, reason, added_at)";

    /**
     * Writes down that {@code subject} needs the follow-up {@code kind}: once however often a transaction adds it (the
     * last reason kept), in one statement with everything else it added. A subject added after that statement ran (by
     * another before-commit action) is written at once; outside a transaction, also at once.
     */
    public void add(String kind, String subject, String reason) {
        Key key = new Key(kind, subject);
        Gathered gathered = beforeCommit.keep(this, Gathered::new);
        if (gathered == null) {
            new Statements().addRows(INSERT_INTO, rows(Map.of(key, reason))).run(jdbc);
        } else {
            gathered.reasons.put(key, reason);
        }
    }

    private static List<Object[]> rows(Map<Key, String> reasons) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(reasons.size());
        reasons.forEach((key, reason) -> rows.add(new Object[] {key.kind(), key.subject(), reason, now}));
        return rows;
    }

    /** How many subjects wait for their follow-up. */
    public long waiting() {
        return jdbc.sql("select count(*) from follow_up").query(Long.class).single();
    }

    /**
     * Does every follow-up written down so far, batch by batch, and returns how many it did. A batch whose handler
     * fails is tried again subject by subject, so one bad subject holds up only itself; it stays written down, with
     * the failure logged, for the next run. One run at a time on a node (the schedule's and one asked for by hand).
     */
    public synchronized int run() {
        int done = 0;
        for (FollowUp handler : handlers) {
            done += run(handler);
        }
        return done;
    }

    /** The follow-ups of one handler's kind, written down so far. */
    synchronized int run(FollowUp handler) {
        int done = 0;
        long after = 0;
        while (true) {
            List<Row> rows = next(handler.kind(), after);
            if (rows.isEmpty()) {
                return done;
            }
            after = rows.get(rows.size() - 1).id();
            done += handleBatch(handler, rows);
            if (rows.size() < BATCH) {
                return done;
            }
        }
    }

    private record Row(long id, String subject, String reason) {
    }

    private List<Row> next(String kind, long after) {
        return jdbc.sql("select id, subject, reason from follow_up where kind = ? and id > ? order by id"
                        + " fetch first " + BATCH + " rows only")
                .params(kind, after).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private int handleBatch(FollowUp handler, List<Row> rows) {
        try {
            transactions.executeWithoutResult(status -> handle(handler, rows));
            return rows.size();
        } catch (RuntimeException e) {
            log.warn("Follow-up {}: a batch of {} failed, handled one by one: {}", handler.kind(), rows.size(),
                    e.toString());
        }
        int done = 0;
        for (Row row : rows) {
            try {
                transactions.executeWithoutResult(status -> handle(handler, List.of(row)));
                done++;
            } catch (RuntimeException e) {
                log.error("Follow-up {} of {} failed; it stays for the next run", handler.kind(), row.subject(), e);
            }
        }
        return done;
    }

    private void handle(FollowUp handler, List<Row> rows) {
        Map<String, String> reasons = new LinkedHashMap<>();
        rows.forEach(r -> reasons.put(r.subject(), r.reason()));
        handler.handle(reasons);
        jdbc.sql("delete from follow_up where id in (:ids)").param("ids", rows.stream().map(Row::id).toList()).update();
    }
}
