package org.qualityloop.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk grade table in processes/, rule by rule, on histories built by hand. */
class RiskGradeDecisionTests {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = RiskGradeDecisionTests.class.getResourceAsStream("/enterprise-risk-grade.dmn")) {
            decision = dmn.parseDecision("enterprise-risk-grade", table);
        }
    }

    @ParameterizedTest(name = "failures={0} safety={1} deemed={2} overdue={3} reinspection={4} suspension={5} penalty={6} transfer={7} -> {8} {9}")
    @CsvSource({
            "0, 0, 0, 0, 0, 0, 0, 0, A, CLEAN",
            "1, 0, 0, 0, 0, 0, 0, 0, B, ONCE",
            "1, 0, 1, 0, 0, 0, 0, 0, B, DEEMED_ACCEPTANCE",
            "1, 1, 0, 0, 0, 0, 0, 0, B, SAFETY",
            "2, 0, 0, 0, 0, 0, 0, 0, B, REPEAT",
            "2, 1, 0, 0, 0, 0, 0, 0, C, REPEAT_SAFETY",
            "1, 0, 0, 1, 0, 0, 0, 0, C, RECTIFICATION_OVERDUE",
            "1, 0, 0, 0, 1, 0, 0, 0, C, REINSPECTION_FAILED",
            "1, 0, 0, 0, 0, 0, 1, 0, C, PENALTY",
            "3, 0, 0, 0, 0, 0, 0, 0, D, THREE_FAILURES",
            "1, 1, 0, 0, 1, 1, 0, 0, D, SUSPENSION",
            "1, 1, 0, 0, 0, 0, 1, 1, D, TRANSFER",
            // the first rule that holds decides: a transfer outweighs everything listed after it
            "3, 3, 1, 1, 1, 1, 1, 1, D, TRANSFER"})
    void gradesAHistory(int failures, int safety, int deemed, int overdue, int reinspection, int suspension,
                        int penalty, int transfer, String grade, String basis) {
        var result = dmn.evaluateDecisionTable(decision, Map.of("nonconforming", failures, "safetyFailures", safety,
                "deemedAcceptances", deemed, "rectificationOverdue", overdue, "reinspectionFailures", reinspection,
                "suspensions", suspension, "penalties", penalty, "transfers", transfer)).getFirstResult();
        assertThat(result.<String>getEntry("grade")).isEqualTo(grade);
        assertThat(result.<String>getEntry("basis")).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TRANSFER", "SUSPENSION", "PENALTY", "REINSPECTION_FAILED", "RECTIFICATION_OVERDUE", "DEEMED_ACCEPTANCE",
            "NONCONFORMING", "SAFETY_FAILURE"})
    void everyFactIsAnInputOfTheTable(HistoryFact fact) throws Exception {
        try (InputStream table = RiskGradeDecisionTests.class.getResourceAsStream("/enterprise-risk-grade.dmn")) {
            assertThat(new String(table.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("camunda:inputVariable=\"" + fact.input() + "\"");
        }
    }
}
