package org.qualityloop.analytics;

import org.qualityloop.grading.RiskGrades;

/**
 * An enterprise with its results in scope and its risk grade on record (null while it has none: graded at its next
 * event or by the start-up backfill).
 */
public record EnterpriseTarget(String uscc, String name, long cases, RiskGrades.OnRecord grade) {
}
