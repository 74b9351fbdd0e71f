package org.qualityloop.intake;

import org.qualityloop.casefile.CaseFile;

/** The outcome of a registration: the case, and whether this request created it or replayed it. */
public record Registration(CaseFile caseFile, boolean created) {
}
