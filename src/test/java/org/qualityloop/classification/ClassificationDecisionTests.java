package org.qualityloop.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification table in processes/, rule by rule. */
class ClassificationDecisionTests {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ClassificationDecisionTests.class.getResourceAsStream("/nonconformity-classification.dmn")) {
            decision = dmn.parseDecision("nonconformity-classification", table);
        }
    }

    @ParameterizedTest(name = "adulteration={0}, hazard={1}, repeat={2}, key product={3}, grade={4} -> {5}")
    @CsvSource({
            "true,  LABELLING,   false, false, A, CRIMINAL",
            "true,  SAFETY,      true,  true,  D, CRIMINAL",
            "false, SAFETY,      true,  false, B, SERIOUS",
            "false, SAFETY,      false, true,  A, SERIOUS",
            "false, SAFETY,      false, false, A, GENERAL",
            "false, SAFETY,      false, false, C, GENERAL",
            "false, PERFORMANCE, true,  true,  B, SERIOUS",
            "false, PERFORMANCE, true,  false, C, GENERAL",
            "false, PERFORMANCE, false, true,  A, GENERAL",
            // a high-risk (D) enterprise failing again on safety or performance is filed, not only rectified
            "false, PERFORMANCE, true,  false, D, SERIOUS",
            "false, SAFETY,      false, false, D, SERIOUS",
            "false, LABELLING,   true,  true,  D, GENERAL",
            "false, LABELLING,   true,  true,  B, GENERAL"})
    void suggestsATrack(boolean adulteration, String hazard, boolean repeat, boolean keyProduct, String grade,
                        String track) {
        var result = dmn.evaluateDecisionTable(decision, Map.of("adulterationSuspected", adulteration,
                "hazard", hazard, "repeatFailure", repeat, "keyProduct", keyProduct, "riskGrade", grade));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(track);
    }
}
