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

    @ParameterizedTest(name = "adulteration={0}, hazard={1}, repeat={2}, key product={3} -> {4}")
    @CsvSource({
            "true,  LABELLING,   false, false, CRIMINAL",
            "true,  SAFETY,      true,  true,  CRIMINAL",
            "false, SAFETY,      true,  false, SERIOUS",
            "false, SAFETY,      false, true,  SERIOUS",
            "false, SAFETY,      false, false, GENERAL",
            "false, PERFORMANCE, true,  true,  SERIOUS",
            "false, PERFORMANCE, true,  false, GENERAL",
            "false, PERFORMANCE, false, true,  GENERAL",
            "false, LABELLING,   true,  true,  GENERAL"})
    void suggestsATrack(boolean adulteration, String hazard, boolean repeat, boolean keyProduct, String track) {
        var result = dmn.evaluateDecisionTable(decision, Map.of("adulterationSuspected", adulteration,
                "hazard", hazard, "repeatFailure", repeat, "keyProduct", keyProduct));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(track);
    }
}
