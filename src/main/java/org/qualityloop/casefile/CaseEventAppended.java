package org.qualityloop.casefile;

import java.util.UUID;

/** An event was added to a case's log; published inside the transaction that added it. */
public record CaseEventAppended(UUID caseId, CaseEventType type, String taskKey) {
}
