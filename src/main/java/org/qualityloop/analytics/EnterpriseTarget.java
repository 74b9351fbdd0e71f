package org.qualityloop.analytics;

import org.qualityloop.grading.RiskGrade;

/** An enterprise proposed for closer supervision next year: its results in scope and its risk grade. */
public record EnterpriseTarget(String uscc, String name, long cases, RiskGrade grade) {
}
