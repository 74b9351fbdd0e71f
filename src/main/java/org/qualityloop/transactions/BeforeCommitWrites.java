package org.qualityloop.transactions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction keeps to write just before it commits — its case events, notifications, follow-ups, the
 * worklist's rows — written together, in one round trip for all of them ({@link Statements}), where each kind wrote a
 * statement of its own (docs/performance.md, "Writes sent together"). Whoever keeps rows here writes them first
 * ({@link #writeNow}) before it reads them within the transaction.
 */
@Component
public class BeforeCommitWrites {

    /** What one kind of row kept: it adds the statements that write it, and forgets it. */
    interface Kept {
        void writeInto(Statements writes);
    }

    private static final Object KEY = new Object();

    private final JdbcClient jdbc;

    BeforeCommitWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final class All {
        final Map<Object, Kept> byKey = new LinkedHashMap<>();
        boolean written;
    }

    /**
     * The running transaction's rows kept under {@code key}, made by {@code fresh} on first use; null when there is no
     * transaction or it is already committing (a row added by another action before the commit): write it at once.
     */
    @SuppressWarnings("unchecked")
    <T extends Kept> T keep(Object key, Supplier<T> fresh) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        All all = TransactionScoped.get(KEY, All::new, this::write);
        return all.written ? null : (T) all.byKey.computeIfAbsent(key, k -> fresh.get());
    }

    /** The rows kept under {@code key} if the running transaction kept any, not yet written; else null. */
    @SuppressWarnings("unchecked")
    private <T extends Kept> T kept(Object key) {
        All all = TransactionScoped.bound(KEY);
        return all == null || all.written ? null : (T) all.byKey.get(key);
    }

    /**
     * Inserts the rows ({@code into} being "insert into t (a, b)") just before the running transaction commits, with
     * the rest it keeps; at once when there is no transaction or it is committing already.
     */
    public void insert(String into, List<Object[]> rows) {
        Rows kept = keep(into, () -> new Rows(into));
        if (kept == null) {
            new Statements().addRows(into, rows).run(jdbc);
        } else {
            kept.rows.addAll(rows);
        }
    }

    /** Rows of one insert, kept in the order added. */
    private static final class Rows implements Kept {
        final String into;
        final List<Object[]> rows = new ArrayList<>();

        Rows(String into) {
            this.into = into;
        }

        @Override
        public void writeInto(Statements writes) {
            writes.addRows(into, rows);
            rows.clear();
        }
    }

    /**
     * Runs the statements just before the running transaction commits, after those kept under the same {@code key}
     * before them and with the rest it keeps; at once when there is no transaction or it is committing already.
     */
    public void later(Object key, Statements statements) {
        Later kept = keep(key, Later::new);
        if (kept == null) {
            statements.run(jdbc);
        } else {
            kept.statements.add(statements);
        }
    }

    /** Statements of one kind, kept in the order given. */
    private static final class Later implements Kept {
        final Statements statements = new Statements();

        @Override
        public void writeInto(Statements writes) {
            writes.add(statements);
            statements.clear();
        }
    }

    /** Writes the rows kept under {@code key} now, before the rest: something is about to read them. */
    public void writeNow(Object key) {
        Kept kept = kept(key);
        if (kept != null) {
            Statements writes = new Statements();
            kept.writeInto(writes);
            writes.run(jdbc);
        }
    }

    private void write(All all) {
        Statements writes = new Statements();
        all.byKey.values().forEach(kept -> kept.writeInto(writes));
        all.written = true;
        writes.run(jdbc);
    }
}
