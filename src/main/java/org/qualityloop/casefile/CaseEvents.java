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
import org.qualityloop.transactions.BeforeCommitWrites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate batch;

    private final BeforeCommitWrites beforeCommit;

    CaseEvents(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json, BusinessClock clock,
               ApplicationEventPublisher published, BeforeCommitWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
        this.published = published;
    }

    /**
     * Records an event; {@code before} and {@code after} are any values, stored as JSON. Each event of a case
     * carries a hash over its content and the case's previous event (audit.Chain); the case row is locked for
     * the append, so two events never link to the same one. A case this transaction locked, inserted or appended to
     * before needs no second lock, and its head may be known already ({@link ChainHeads}).
     */
    public void append(UUID caseId, String actor, String taskKey, String taskId, CaseEventType type, String summary,
                       Object before, Object after) {
        ChainHeads heads = ChainHeads.ofTransaction();
        if (!heads.holds(caseId)) {
            lock(List.of(caseId), heads);
        }
        String previous = heads.head(caseId);
        if (previous == null) { // held without its head: locked by CaseFiles.lockAll
            previous = jdbc.sql("""
                    select hash from case_event where case_id = ? and hash is not null
                    order by id desc fetch first 1 rows only""").param(caseId).query(String.class).optional()
                    .orElse(Chain.GENESIS);
        }
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = Chain.link(previous, at, actor, taskKey, taskId, type.name(), summary, beforeJson, afterJson);
        Object[] row = {caseId, Timestamp.from(at), actor, taskKey, taskId, type.name(), summary, beforeJson,
                afterJson, previous, hash};
        beforeCommit.insert(INSERT_INTO, List.<Object[]>of(row));
        heads.linked(caseId, hash);
        published.publishEvent(new CaseEventAppended(caseId, type, taskKey));
    }

    /**
     * Writes what the running transaction appended and has not written: called before every read of the log, so that
     * a read within the transaction finds every event it appended. A transaction's events are kept until just before
     * it commits (one round trip for them and the rest it keeps, docs/performance.md, "Writes sent together"); the
     * chain is made as they are appended, and the case's row lock keeps anyone else from appending to it meanwhile.
     */
    private void written() {
        beforeCommit.writeNow(INSERT_INTO);
    }

    /**
     * Walks every case's chain of events in order: null when all hold. Events from before the chain existed
     * carry no hash and are not part of it.
     */
    @Override
    public Broken firstBrokenLink() {
        written();
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
        written();
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

    /** A system event for {@link #systemAll}. */
    public record SystemEvent(UUID caseId, CaseEventType type, String summary, Object after) {
    }

    /**
     * Many system events at once, chained as {@link #append} chains one, in a few statements for work over a batch
     * of cases (a calendar recount): the cases locked together, each one's last hash read together, the events
     * inserted in one batch.
     */
    public void systemAll(List<SystemEvent> appended) {
        if (appended.isEmpty()) {
            return;
        }
        List<UUID> ids = appended.stream().map(SystemEvent::caseId).distinct().toList();
        ChainHeads heads = ChainHeads.ofTransaction();
        lock(ids, heads);
        written(); // the events appended before these get the lower ids, as they come first in their chains
        Map<UUID, String> previous = new HashMap<>();
        ids.forEach(id -> java.util.Optional.ofNullable(heads.head(id)).ifPresent(head -> previous.put(id, head)));
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>();
        for (SystemEvent e : appended) {
            String prev = previous.getOrDefault(e.caseId(), Chain.GENESIS);
            String afterJson = toJson(e.after());
            String hash = Chain.link(prev, at, "system", null, null, e.type().name(), e.summary(), null, afterJson);
            previous.put(e.caseId(), hash);
            rows.add(new Object[] {e.caseId(), Timestamp.from(at), e.type().name(), e.summary(), afterJson, prev,
                    hash});
        }
        // the columns a system event leaves empty are written as such: a batch's null parameters would each cost
        // the driver a question about their type
        batch.batchUpdate("""
                insert into case_event (case_id, occurred_at, actor, task_key, task_id, event_type, summary,
                  before_state, after_state, prev_hash, hash)
                values (?, ?, 'system', null, null, ?, ?, null, ?, ?, ?)""",
                rows);
        previous.forEach(heads::linked);
        appended.forEach(e -> published.publishEvent(new CaseEventAppended(e.caseId(), e.type(), null)));
    }

    /** The cases' rows locked to the end of the transaction, so two events never link to one; their heads learned. */
    private void lock(Collection<UUID> caseIds, ChainHeads heads) {
        jdbc.sql("select c.id, " + ChainHeads.LAST_HASH + " from case_file c where c.id in (:ids) for update")
                .param("ids", caseIds)
                .query(rs -> {
                    heads.locked(rs.getObject(1, UUID.class), rs.getString(2));
                });
    }

    private static final String INSERT_INTO = """
            insert into case_event (case_id, occurred_at, actor, task_key, task_id, event_type, summary,
              before_state, after_state, prev_hash, hash)""";

    public List<CaseEvent> list(UUID caseId) {
        written();
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
     * across an enterprise's cases. The types and tasks are written into the statement as constants, sorted, so that
     * PostgreSQL can prove a partial index on the same types and tasks serves it whatever the plan (see V53).
     */
    public Map<UUID, List<CaseEvent>> ofCases(Collection<UUID> caseIds, Collection<CaseEventType> types,
                                              Collection<String> taskKeys) {
        if (caseIds.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        written();
        Map<UUID, List<CaseEvent>> byCase = new HashMap<>();
        jdbc.sql(ofCasesStatement(types, taskKeys)).param("cases", caseIds)
                .query(rs -> {
                    byCase.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new CaseEvent(
                            rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                            rs.getString(6), CaseEventType.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                });
        return byCase;
    }

    private static String ofCasesStatement(Collection<CaseEventType> types, Collection<String> taskKeys) {
        return "select case_id, id, occurred_at, actor, task_key, task_id, event_type, summary, before_state,"
                + " after_state from case_event where case_id in (:cases) and event_type in ("
                + literals(types.stream().map(Enum::name).toList()) + ") and (task_key is null or task_key in ("
                + literals(taskKeys.isEmpty() ? List.of("") : taskKeys) + ")) order by id";
    }

    /** Names of our own (event types, BPMN task ids) as SQL string constants; anything else is refused. */
    private static String literals(Collection<String> names) {
        return names.stream().sorted().map(name -> {
            if (!name.matches("[A-Za-z_0-9]*")) {
                throw new IllegalArgumentException("Not a type or task name: " + name);
            }
            return "'" + name + "'";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean has(UUID caseId, CaseEventType type) {
        written();
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
