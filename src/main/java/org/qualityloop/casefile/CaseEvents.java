package org.qualityloop.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.audit.Chain;
import org.qualityloop.audit.ChainedLog;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only event log, the audit trail of record. There is no update or delete here on purpose:
 * a correction is a new event.
 */
@Repository
public class CaseEvents implements ChainedLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final BusinessClock clock;
    private final ApplicationEventPublisher published;

    CaseEvents(JdbcClient jdbc, ObjectMapper json, BusinessClock clock, ApplicationEventPublisher published) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.published = published;
    }

    /**
     * Records an event; {@code before} and {@code after} are any values, stored as JSON. Each event of a case
     * carries a hash over its content and the case's previous event (audit.Chain); the case row is locked for
     * the append, so two events never link to the same one.
     */
    public void append(UUID caseId, String actor, String taskKey, String taskId, CaseEventType type, String summary,
                       Object before, Object after) {
        jdbc.sql("select id from case_file where id = ? for update").param(caseId).query(UUID.class).optional();
        String previous = jdbc.sql("""
                select hash from case_event where case_id = ? and hash is not null
                order by id desc fetch first 1 rows only""").param(caseId).query(String.class).optional()
                .orElse(Chain.GENESIS);
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = Chain.link(previous, at, actor, taskKey, taskId, type.name(), summary, beforeJson, afterJson);
        jdbc.sql("""
                insert into case_event (case_id, occurred_at, actor, task_key, task_id, event_type, summary,
                  before_state, after_state, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(at), actor, taskKey, taskId, type.name(), summary, beforeJson,
                        afterJson, previous, hash)
                .update();
        published.publishEvent(new CaseEventAppended(caseId, type, taskKey));
    }


    /**
     * Walks every case's chain of events in order: null when all hold. Events from before the chain existed
     * carry no hash and are not part of it.
     */
    @Override
    public Broken firstBrokenLink() {
        UUID currentCase = null;
        String previous = Chain.GENESIS;
        long checked = 0;
        try (var rows = jdbc.sql("""
                select id, case_id, occurred_at, actor, task_key, task_id, event_type, summary, before_state,
                  after_state, prev_hash, hash from case_event where hash is not null order by case_id, id""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12)})
                .stream()) {
            for (Object[] r : (Iterable<Object[]>) rows::iterator) {
                if (!r[1].equals(currentCase)) {
                    currentCase = (UUID) r[1];
                    previous = Chain.GENESIS;
                }
                String expected = Chain.link((String) r[10], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]);
                if (!previous.equals(r[10]) || !expected.equals(r[11])) {
                    return new Broken((Long) r[0], checked);
                }
                previous = (String) r[11];
                checked++;
            }
        }
        return null;
    }

    @Override
    public long chained() {
        return jdbc.sql("select count(*) from case_event where hash is not null").query(Long.class).single();
    }

    @Override
    public String name() {
        return "case_event";
    }

    /** An event raised by the engine or the system rather than by a person completing a task. */
    public void system(UUID caseId, CaseEventType type, String summary, Object after) {
        append(caseId, "system", null, null, type, summary, null, after);
    }

    public List<CaseEvent> list(UUID caseId) {
        return jdbc.sql("""
                select id, occurred_at, actor, task_key, task_id, event_type, summary, before_state, after_state
                from case_event where case_id = ? order by id""")
                .param(caseId)
                .query((rs, n) -> new CaseEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), CaseEventType.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /**
     * The events of these types of several cases at once, by case, those of a task only for these tasks; for histories
     * across an enterprise's cases.
     */
    public Map<UUID, List<CaseEvent>> ofCases(Collection<UUID> caseIds, Collection<CaseEventType> types,
                                              Collection<String> taskKeys) {
        if (caseIds.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<CaseEvent>> byCase = new HashMap<>();
        jdbc.sql("""
                select case_id, id, occurred_at, actor, task_key, task_id, event_type, summary, before_state, after_state
                from case_event where case_id in (:cases) and event_type in (:types)
                  and (task_key is null or task_key in (:tasks)) order by id""")
                .param("cases", caseIds).param("types", types.stream().map(Enum::name).toList())
                .param("tasks", taskKeys.isEmpty() ? List.of("") : taskKeys)
                .query(rs -> {
                    byCase.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new CaseEvent(
                            rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                            rs.getString(6), CaseEventType.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                });
        return byCase;
    }

    public boolean has(UUID caseId, CaseEventType type) {
        return jdbc.sql("select count(*) from case_event where case_id = ? and event_type = ?")
                .params(caseId, type.name()).query(Integer.class).single() > 0;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event state is not serialisable", e);
        }
    }
}
