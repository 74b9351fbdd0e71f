package org.qualityloop.casefile;

import java.util.UUID;

/** A case went to another bureau's jurisdiction; published inside the moving transaction. */
public record CaseMoved(UUID caseId, String fromBureau, String toBureau) {
}
