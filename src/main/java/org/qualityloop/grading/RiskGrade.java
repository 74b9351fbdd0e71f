package org.qualityloop.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An enterprise's grade as the table decided it: the rule that held ({@code basis}, a message key under
 * {@code grade.basis.}), the period looked at and every fact counted, with its case ({@code truncated}: only the
 * latest results of the period were read).
 */
public record RiskGrade(String uscc, Grade grade, String basis, LocalDate from, LocalDate to,
                        List<EnterpriseHistory.Entry> facts, boolean truncated, Instant computedAt) {

    /** The facts by kind, in the table's order: the reasons listed beside the grade. */
    public Map<HistoryFact, List<EnterpriseHistory.Entry>> reasons() {
        Map<HistoryFact, List<EnterpriseHistory.Entry>> reasons = new LinkedHashMap<>();
        for (HistoryFact fact : HistoryFact.values()) {
            List<EnterpriseHistory.Entry> of = facts.stream().filter(e -> e.fact() == fact).toList();
            if (!of.isEmpty()) {
                reasons.put(fact, of);
            }
        }
        return reasons;
    }
}
