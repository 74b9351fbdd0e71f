package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** A numbered, dated document kept with the case. */
public record IssuedDocument(UUID id, DocumentKind kind, String number, String title, LocalDate issuedOn,
                             String body, String issuedBy,
                             java.time.Instant acknowledgedAt) {
}
