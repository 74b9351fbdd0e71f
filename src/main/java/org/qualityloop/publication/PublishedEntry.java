package org.qualityloop.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A published entry as the public reads it: a snapshot taken when it was published, corrected since if it was. */
public record PublishedEntry(UUID publicId, String productName, String model, String batch, String category,
                             String enterpriseName, String enterpriseUscc, String producerName, String failedItems,
                             String institutionName, String bureauCode, String bureauName, PublicOutcome outcome,
                             String decisionNo, String handlingSummary, LocalDate sampledOn, LocalDate publishedOn,
                             Instant changedAt, String trademark) {
}
