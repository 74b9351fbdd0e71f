package org.qualityloop.objection;

import java.time.LocalDate;

/** The objection as recorded so far: what the enterprise filed and what became of it. */
record ObjectionRecord(Response response, String reason, LocalDate receivedOn, Boolean accepted, Boolean retest,
                       String acceptanceReason, ObjectionOutcome proposedOutcome, String proposalReason) {
}
