package org.qualityloop.grading;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An enterprise's results over a period and what each of them counts against it; {@code truncated} when only the
 * latest results were read (an enterprise with more results in the period than any rule counts to).
 */
public record EnterpriseHistory(String uscc, LocalDate from, LocalDate to, List<Entry> entries, boolean truncated) {

    /** One fact of one case. */
    public record Entry(HistoryFact fact, UUID caseId, String caseNo, LocalDate registeredOn) {
    }

    public long count(HistoryFact fact) {
        return entries.stream().filter(e -> e.fact() == fact).count();
    }

    public List<Entry> of(HistoryFact fact) {
        return entries.stream().filter(e -> e.fact() == fact).toList();
    }

    /** The decision table's inputs: every fact counted, zero included. */
    public Map<String, Object> inputs() {
        return inputs(entries);
    }

    static Map<String, Object> inputs(List<Entry> entries) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoryFact fact : HistoryFact.values()) {
            inputs.put(fact.input(), (int) entries.stream().filter(e -> e.fact() == fact).count());
        }
        return inputs;
    }
}
