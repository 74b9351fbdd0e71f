package org.qualityloop.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.qualityloop.paging.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Searching the audit trail: who, what, which case, when; newest first, paged, or streamed for an export. */
@Repository
public class AuditRecords {

    static final String SELECT = """
            select id, occurred_at, actor, action, subject, case_id, outcome, detail, client, prev_hash, hash
            from audit_record""";

    public static final int PAGE_SIZE = 50;

    /** What the audit administrator asked for; every field null for "all". */
    public record Query(String actor, AuditAction action, UUID caseId, LocalDate from, LocalDate to, int page) {
    }

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Paged<AuditRecord> page(Query query, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, zone, params);
        long total = jdbc.sql("select count(*) from audit_record" + where).params(params).query(Long.class).single();
        Paged.Window window = Paged.window(total, query.page(), PAGE_SIZE);
        params.put("offset", window.offset());
        params.put("limit", window.size());
        List<AuditRecord> rows = jdbc.sql(SELECT + where + " order by id desc offset :offset rows fetch next :limit rows only")
                .params(params).query(AuditRecords::map).list();
        return window.of(rows);
    }

    /** Every matching record, oldest first, read one by one for an export. */
    @Transactional(readOnly = true)
    public void forEach(Query query, ZoneId zone, Consumer<AuditRecord> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, zone, params);
        try (Stream<AuditRecord> rows = jdbc.sql(SELECT + where + " order by id").params(params)
                .query(AuditRecords::map).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String where(Query q, ZoneId zone, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (q.actor() != null) {
            sql.append(" and actor = :actor");
            params.put("actor", q.actor());
        }
        if (q.action() != null) {
            sql.append(" and action = :action");
            params.put("action", q.action().name());
        }
        if (q.caseId() != null) {
            sql.append(" and case_id = :caseId");
            params.put("caseId", q.caseId());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return sql.toString();
    }

    static AuditRecord map(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class),
                "SUCCESS".equals(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
