package org.qualityloop.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Each record is written in a transaction of its own, so an attempt is on record
 * even when what it attempted is refused or rolled back; the chain's head row is locked for that moment only.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    AuditTrail(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a successful action on a subject (a case number, a document number, an export's name). */
    public void record(String actor, AuditAction action, String subject, UUID caseId) {
        record(actor, action, subject, caseId, true, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String subject, UUID caseId, boolean succeeded,
                       String detail) {
        // stored to the microsecond, as both databases keep it, so the hash is over what is read back
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        String client = client();
        actor = cut(actor, 64);
        subject = cut(subject, 200);
        detail = cut(detail, 4000);
        String previous = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
                .query(String.class).single();
        String hash = Chain.link(previous, at, actor, action.name(), subject, caseId, succeeded, detail, client);
        jdbc.sql("""
                insert into audit_record (occurred_at, actor, action, subject, case_id, outcome, detail, client,
                  prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), actor, action.name(), subject, caseId, succeeded ? "SUCCESS" : "FAILURE",
                        detail, client, previous, hash)
                .update();
        jdbc.sql("update audit_chain_head set last_hash = ?, last_id = last_id + 1 where id = 1").param(hash).update();
    }

    /** The hash a record must carry, from its fields as stored. */
    static String hashOf(AuditRecord r) {
        return Chain.link(r.prevHash(), r.occurredAt(), r.actor(), r.action().name(), r.subject(), r.caseId(),
                r.succeeded(), r.detail(), r.client());
    }

    private static String client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return cut(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
