package org.qualityloop.transactions;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes that go to the database together, in one round trip: PostgreSQL's driver sends a prepared statement of
 * several, separated by semicolons, with one synchronisation at its end, and H2 runs them in turn. With the application
 * and PostgreSQL on the same two cores a round trip costs about as much as the insert it carries (docs/performance.md,
 * "Writes sent together"). Only for writes none of which needs an answer from one before it: their order is kept, but
 * nothing comes back except the first one's count of rows. Within a transaction they stand or fall with it.
 */
public final class Statements {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds a statement with its {@code ?} values, in order. */
    public Statements add(String statement, Object... parameters) {
        if (!sql.isEmpty()) {
            sql.append(";\n");
        }
        sql.append(statement);
        values.addAll(java.util.Arrays.asList(parameters));
        return this;
    }

    /**
     * An insert of many rows, {@code into} being "insert into t (a, b)": one statement of up to a thousand rows each,
     * so that no statement carries more values than the driver can bind.
     */
    public Statements addRows(String into, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String row = "(" + String.join(", ", java.util.Collections.nCopies(chunk.get(0).length, "?")) + ")";
            StringBuilder insert = new StringBuilder(into).append(" values ");
            for (int i = 0; i < chunk.size(); i++) {
                insert.append(i == 0 ? "" : ", ").append(row);
            }
            add(insert.toString(), chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
        return this;
    }

    private static final int ROWS_PER_INSERT = 1000;

    /** Adds the other's statements after these, in their order. */
    public Statements add(Statements other) {
        if (!other.sql.isEmpty()) {
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            sql.append(other.sql);
            values.addAll(other.values);
        }
        return this;
    }

    /** Forgets what was added. */
    void clear() {
        sql.setLength(0);
        values.clear();
    }

    /** Runs what was added, if anything, in one go. */
    public void run(JdbcClient jdbc) {
        if (!sql.isEmpty()) {
            jdbc.sql(sql.toString()).params(values).update();
        }
    }
}
