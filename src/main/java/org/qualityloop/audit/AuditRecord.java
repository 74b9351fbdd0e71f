package org.qualityloop.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail: when, who, what, on which subject, with what result, from where. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String subject, UUID caseId,
                          boolean succeeded, String detail, String client, String prevHash, String hash) {
}
