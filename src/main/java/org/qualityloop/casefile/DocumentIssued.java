package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document was issued on a case, published inside the issuing transaction: {@code partyDueOn} is the deadline it
 * starts for the party (the end of rectification, of the statement period, of payment), null if none.
 */
public record DocumentIssued(UUID caseId, String enterpriseUscc, UUID documentId, DocumentKind kind, String title,
                             String number, LocalDate partyDueOn) {
}
