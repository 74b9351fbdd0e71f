package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** One result registered against an enterprise (the sampled party) and not overturned, as its history reads it. */
public record EnterpriseCase(UUID id, String caseNo, LocalDate registeredOn, Hazard worstHazard) {
}
