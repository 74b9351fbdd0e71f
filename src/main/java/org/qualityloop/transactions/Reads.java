package org.qualityloop.transactions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads that go to the database together, in one round trip, as {@link Statements} do for writes: PostgreSQL's driver
 * sends the queries of one prepared statement with a single synchronisation and hands back their results in turn; H2
 * runs them one by one. For reads none of which needs another's answer. PostgreSQL runs them in order, each with a
 * snapshot of its own at read committed: a read after a row lock ({@code for update}) sees what was committed while
 * the lock was awaited.
 */
public final class Reads {

    private final List<Query<?>> queries = new ArrayList<>();

    /** Adds a query with its {@code ?} values; its rows, once {@link #run}. */
    public <T> Supplier<List<T>> add(String sql, RowMapper<T> rows, Object... parameters) {
        Query<T> query = new Query<>(sql, rows, parameters);
        queries.add(query);
        return () -> {
            if (query.found == null) {
                throw new IllegalStateException("Not read yet: " + sql);
            }
            return query.found;
        };
    }

    /** Adds the other's queries after these, in their order. */
    public Reads add(Reads other) {
        queries.addAll(other.queries);
        return this;
    }

    /** Runs what was added, if anything: in one round trip on PostgreSQL. */
    public void run(JdbcTemplate jdbc) {
        if (queries.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (queries.size() > 1 && "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                together(connection);
            } else {
                for (Query<?> query : queries) {
                    apart(connection, query);
                }
            }
            return null;
        });
    }

    private void together(Connection connection) throws SQLException {
        String sql = String.join(";\n", queries.stream().map(q -> q.sql).toList());
        Object[] values = queries.stream().flatMap(q -> java.util.Arrays.stream(q.parameters)).toArray();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            new ArgumentPreparedStatementSetter(values).setValues(statement);
            statement.execute();
            for (int i = 0; i < queries.size(); i++) {
                if (i > 0 && !statement.getMoreResults()) {
                    throw new IllegalStateException("No result for: " + queries.get(i).sql);
                }
                try (ResultSet rs = statement.getResultSet()) {
                    queries.get(i).read(rs);
                }
            }
        }
    }

    private static void apart(Connection connection, Query<?> query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql)) {
            new ArgumentPreparedStatementSetter(query.parameters).setValues(statement);
            try (ResultSet rs = statement.executeQuery()) {
                query.read(rs);
            }
        }
    }

    private static final class Query<T> {
        final String sql;
        final RowMapper<T> rows;
        final Object[] parameters;
        List<T> found;

        Query(String sql, RowMapper<T> rows, Object[] parameters) {
            this.sql = sql;
            this.rows = rows;
            this.parameters = parameters;
        }

        void read(ResultSet rs) throws SQLException {
            List<T> read = new ArrayList<>();
            while (rs.next()) {
                read.add(rows.mapRow(rs, read.size()));
            }
            found = read;
        }
    }
}
