package org.qualityloop.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of bureaus and institutions: each change with who, when, which field, before and after. */
@Component
public class RegistryChanges {

    /** One change of a bureau or an institution. */
    public record Change(Instant at, String by, String field, String before, String after) {
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;

    RegistryChanges(JdbcClient jdbc, BusinessClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Keeps the change when the value did change; it goes on the audit trail as well. */
    void record(Actor by, String kind, String key, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("""
                insert into registry_change (record_kind, record_key, changed_at, changed_by, field, before_value, after_value)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kind, key, Timestamp.from(clock.now()), by.username(), field, before, after).update();
        events.publishEvent(new RegistryChanged(by.username(), kind + ":" + key,
                field + ": " + Objects.toString(before, "—") + " → " + Objects.toString(after, "—")));
    }

    public List<Change> of(String kind, String key) {
        return jdbc.sql("""
                select changed_at, changed_by, field, before_value, after_value from registry_change
                where record_kind = ? and record_key = ? order by changed_at, id""")
                .params(kind, key)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }
}
