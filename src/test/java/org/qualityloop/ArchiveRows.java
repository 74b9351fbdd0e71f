package org.qualityloop;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written straight into the tables as a restored archive holds them, for tests that need hundreds of cases
 * alike: copies of a case registered through the service, every column as it has it but those changed.
 */
public final class ArchiveRows {

    private ArchiveRows() {
    }

    /** A table's columns that are written (not generated), lowered, in their order, without those {@code left}. */
    public static List<String> columns(JdbcTemplate jdbc, String table, String... left) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ?"
                        + " and is_generated = 'NEVER' order by ordinal_position", String.class, table).stream()
                .filter(n -> !List.of(left).contains(n)).toList();
    }

    /**
     * {@code count} copies of a case, numbered after {@code mark} (case and report number), each column as the case
     * has it but those {@code changed} (column to SQL value); their ids.
     */
    public static List<UUID> casesLike(JdbcTemplate jdbc, UUID of, int count, String mark,
                                       Map<String, String> changed) {
        List<String> columns = columns(jdbc, "case_file", "id", "case_no", "report_no");
        String values = String.join(", ", columns.stream().map(n -> changed.getOrDefault(n, n)).toList());
        List<UUID> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        jdbc.batchUpdate("insert into case_file (id, case_no, report_no, " + String.join(", ", columns) + ")"
                        + " select ?, case_no || ?, report_no || ?, " + values + " from case_file where id = ?",
                IntStream.range(0, count).mapToObj(i -> new Object[] {ids.get(i), mark + (i + 1), mark + (i + 1), of})
                        .toList());
        return ids;
    }
}
