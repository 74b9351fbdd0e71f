package org.qualityloop.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published entry corrected or withdrawn by a supervisor, with the reason kept beside the text before and
 * after; the public pages follow at once. Nothing is deleted: a withdrawn entry is only no longer listed.
 */
@Service
public class EntryCorrections {

    /** The entry of a case as the case file shows it to its staff. */
    public record EntryState(UUID publicId, String handlingSummary, boolean published, boolean withdrawn) {
    }

    /** One correction or withdrawal, as kept. */
    public record Change(Instant at, String by, String kind, String before, String after, String reason) {
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final CaseEvents events;
    private final PublishedEntries entries;

    EntryCorrections(JdbcClient jdbc, BusinessClock clock, CaseEvents events, PublishedEntries entries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.entries = entries;
    }

    public Optional<EntryState> of(UUID caseId) {
        return jdbc.sql("select public_id, handling_summary, published_on, withdrawn_at from publication_entry where case_id = ?")
                .param(caseId)
                .query((rs, n) -> new EntryState(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3) != null,
                        rs.getTimestamp(4) != null))
                .optional();
    }

    /** The caller has checked the case is in the supervisor's scope. */
    @Transactional
    public void correct(Actor by, UUID caseId, String summary, String reason) {
        EntryState entry = published(by, caseId, reason);
        if (summary == null || summary.isBlank()) {
            new FieldErrors().reject("handlingOutcome", "validation.required").throwIfAny();
        }
        Instant now = clock.now();
        jdbc.sql("update publication_entry set handling_summary = ?, changed_at = ? where case_id = ?")
                .params(summary.strip(), Timestamp.from(entries.stampAfterLast(now)), caseId).update();
        record(by, caseId, now, "CORRECTED", entry.handlingSummary(), summary.strip(), reason);
    }

    @Transactional
    public void withdraw(Actor by, UUID caseId, String reason) {
        EntryState entry = published(by, caseId, reason);
        Instant now = clock.now();
        jdbc.sql("update publication_entry set withdrawn_at = ?, changed_at = ? where case_id = ?")
                .params(Timestamp.from(now), Timestamp.from(entries.stampAfterLast(now)), caseId).update();
        record(by, caseId, now, "WITHDRAWN", entry.handlingSummary(), null, reason);
    }

    public List<Change> history(UUID caseId) {
        return jdbc.sql("""
                select changed_at, changed_by, kind, before_text, after_text, reason from publication_change
                where case_id = ? order by id""")
                .param(caseId)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private EntryState published(Actor by, UUID caseId, String reason) {
        if (!by.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Published entries are corrected by supervisors");
        }
        FieldErrors errors = new FieldErrors();
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "publication.correction.reasonRequired");
        }
        EntryState entry = of(caseId).filter(e -> e.published() && !e.withdrawn()).orElse(null);
        if (entry == null) {
            errors.reject("withdraw", "publication.correction.notListed");
        }
        errors.throwIfAny();
        return entry;
    }

    private void record(Actor by, UUID caseId, Instant at, String kind, String before, String after, String reason) {
        jdbc.sql("""
                insert into publication_change (case_id, changed_at, changed_by, kind, before_text, after_text, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(at), by.username(), kind, before, after, reason.strip()).update();
        events.append(caseId, by.username(), null, null, CaseEventType.PUBLICATION_CHANGED,
                kind.equals("WITHDRAWN") ? reason.strip() : after, java.util.Map.of("text", String.valueOf(before)),
                java.util.Map.of("kind", kind, "reason", reason.strip()));
    }
}
