package org.qualityloop.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-test institution (issue 13, no dead ends): drawn at random among those that may take it, never the
 * first institution, the draw on the record; or chosen by the handler among the same, with a reason.
 */
@QualityLoopIntegrationTest
class RetestSelectionIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired CaseEvents events;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDrawIsRecordedWithItsCandidatesAndNeverPicksTheFirstInstitution() {
        CaseFile c = waitingForRetestArrangement();
        driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
        assertThat(institution(c)).isEqualTo("LAB-TA").isNotEqualTo(c.intake().institution());
        assertThat(events.list(c.id())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(CaseEventType.RETEST_INSTITUTION_SELECTED);
            assertThat(e.summary()).startsWith("随机抽取复检机构：泰安市产品质量监督检验所").contains("候选：泰安市产品质量监督检验所");
        });
    }

    @Test
    void aHandlerChoosesAmongTheSameInstitutionsAndSaysWhy() {
        CaseFile c = waitingForRetestArrangement();
        assertThatThrownBy(() -> driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true,
                "sampleSentOn", "2026-10-10", "chosenInstitution", "LAB-SD", "choiceReason", "原机构")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .anyMatch(f -> f.field().equals("chosenInstitution")));
        assertThatThrownBy(() -> driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true,
                "sampleSentOn", "2026-10-10", "chosenInstitution", "LAB-TA")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .anyMatch(f -> f.field().equals("choiceReason")));
        driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10",
                "chosenInstitution", "LAB-TA", "choiceReason", "只有该所具备泄漏电流项目的复检能力"));
        assertThat(institution(c)).isEqualTo("LAB-TA");
        assertThat(events.list(c.id())).anyMatch(e -> e.type() == CaseEventType.RETEST_INSTITUTION_SELECTED
                && e.summary().contains("承办人指定复检机构") && e.summary().contains("只有该所具备"));
    }

    private CaseFile waitingForRetestArrangement() {
        CaseDriver.today("2026-12-31");
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存条件不当", "receivedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
        return c;
    }

    private String institution(CaseFile c) {
        return jdbc.sql("select institution_code from retest where case_id = ?").param(c.id()).query(String.class).single();
    }
}
