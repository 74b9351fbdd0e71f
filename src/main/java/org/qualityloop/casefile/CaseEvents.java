package org.qualityloop.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only event log, the audit trail of record. There is no update or delete here on purpose:
 * a correction is a new event.
 */
@Repository
public class CaseEvents {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final BusinessClock clock;

    CaseEvents(JdbcClient jdbc, ObjectMapper json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records an event; {@code before} and {@code after} are any values, stored as JSON. */
    public void append(UUID caseId, String actor, String taskKey, String taskId, CaseEventType type, String summary,
                       Object before, Object after) {
        jdbc.sql("""
                insert into case_event (case_id, occurred_at, actor, task_key, task_id, event_type, summary,
                  before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(clock.now()), actor, taskKey, taskId, type.name(), summary,
                        toJson(before), toJson(after))
                .update();
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
