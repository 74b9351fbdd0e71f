package org.qualityloop.casefile;

import java.util.UUID;

/** A case was closed and archived, whichever way; published inside the archiving transaction. */
public record CaseArchived(UUID caseId) {
}
