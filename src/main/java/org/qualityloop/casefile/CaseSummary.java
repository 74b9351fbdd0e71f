package org.qualityloop.casefile;

import java.util.UUID;

/** What lists show of a case beside its work: number, bureau, product and the sampled enterprise. */
public record CaseSummary(UUID id, String caseNo, String bureauCode, String productName, String enterpriseName) {
}
