package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A numbered, dated document kept with the case: its text as issued (XHTML from its kind's template, every value
 * escaped) and as plain text. Documents issued before templates have only the plain text.
 */
public record IssuedDocument(UUID id, DocumentKind kind, String number, String title, LocalDate issuedOn,
                             String body, String bodyHtml, String issuedBy,
                             java.time.Instant acknowledgedAt) {
}
