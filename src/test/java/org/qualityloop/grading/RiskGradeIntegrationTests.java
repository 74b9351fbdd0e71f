package org.qualityloop.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Grades follow the cases: each enterprise here is new, so its history is exactly the cases the test registers.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class RiskGradeIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired IntakeService intake;
    @Autowired RiskGrades grades;
    @Autowired CaseEvents events;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;

    @Test
    void aGradeChangesWithEachNewResultAndShowsItsReasons() throws Exception {
        String uscc = CaseDriver.creditCode();
        assertThat(grades.of(uscc).grade()).isEqualTo(Grade.A);
        assertThat(grades.onRecord(List.of(uscc))).isEmpty();

        CaseFile first = driver.register(request(uscc, "LABELLING"));
        assertThat(grades.onRecord(List.of(uscc))).as("graded after the registration commits").isEmpty();
        followUps.run();
        assertThat(grades.onRecord(List.of(uscc)).get(uscc))
                .extracting(RiskGrades.OnRecord::grade, RiskGrades.OnRecord::basis, RiskGrades.OnRecord::cause)
                .containsExactly(Grade.B, "ONCE", "CASE_REGISTERED");

        CaseFile second = driver.register(request(uscc, "SAFETY"));
        followUps.run();
        RiskGrade now = grades.of(uscc);
        assertThat(now.grade()).isEqualTo(Grade.C);
        assertThat(now.basis()).isEqualTo("REPEAT_SAFETY");
        assertThat(now.reasons().get(HistoryFact.NONCONFORMING)).extracting(EnterpriseHistory.Entry::caseNo)
                .containsExactly(second.caseNo(), first.caseNo());
        assertThat(now.reasons().get(HistoryFact.SAFETY_FAILURE)).extracting(EnterpriseHistory.Entry::caseNo)
                .containsExactly(second.caseNo());
        assertThat(grades.changes(uscc)).extracting(RiskGrades.OnRecord::grade).containsExactly(Grade.C, Grade.B);

        // the case file, the registry and its history show the grade with the cases behind it
        String casePage = page("/cases/" + second.id(), "handler1");
        assertThat(casePage).contains("id=\"risk-grade\"").contains("C 级（较高风险）")
                .contains("两次及以上不合格，且有安全项目不合格").contains(first.caseNo());
        String registry = page("/admin/enterprises/" + uscc, "admin");
        assertThat(registry).contains("C 级（较高风险）").contains("id=\"grade-changes\"").contains("期间内一次抽查不合格");
        assertThat(page("/admin/enterprises?q=" + uscc, "admin")).contains("grade-C");
        // the enterprise's own portal: its grade and why
        assertThat(page("/portal", "enterprise1")).contains("id=\"risk-grade\"").contains("本企业风险等级")
                .containsPattern("[ABCD] 级");
    }

    /** An import's batch registers many results in one transaction: the grade on record follows once, at its end. */
    @Test
    void resultsRegisteredInOneTransactionGradeTheEnterpriseOnce() {
        String uscc = CaseDriver.creditCode();
        List<IntakeService.Outcome> outcomes = intake.registerEach(
                List.of(request(uscc, "LABELLING"), request(uscc, "SAFETY")), driver.actor("handler1"));
        assertThat(outcomes).allMatch(o -> o instanceof IntakeService.Registered);
        followUps.run();
        assertThat(grades.changes(uscc))
                .extracting(RiskGrades.OnRecord::grade, RiskGrades.OnRecord::basis, RiskGrades.OnRecord::cause)
                .containsExactly(tuple(Grade.C, "REPEAT_SAFETY", "CASE_REGISTERED"));
    }

    @Test
    void silenceUntilTheWindowClosesChangesTheGradesBasis() {
        String uscc = CaseDriver.creditCode();
        CaseFile c = driver.served(driver.register(request(uscc, "LABELLING")), "2026-09-22");
        assertThat(grades.of(uscc).basis()).isEqualTo("ONCE");
        driver.fire(driver.timer(c, Bpmn.Process.OBJECTION));
        // the timer's event, in its own transaction, wrote the enterprise down for grading again
        followUps.run();
        assertThat(grades.onRecord(List.of(uscc)).get(uscc))
                .extracting(RiskGrades.OnRecord::grade, RiskGrades.OnRecord::basis, RiskGrades.OnRecord::cause)
                .containsExactly(Grade.B, "DEEMED_ACCEPTANCE", "DEEMED_ACCEPTED");
    }

    @Autowired org.qualityloop.transactions.FollowUps followUps;
    @Autowired RiskGradeAging aging;

    @Test
    void aGradeFallsWhenItsResultsLeaveThePeriod() {
        String uscc = CaseDriver.creditCode();
        driver.register(request(uscc, "SAFETY"));
        followUps.run();
        assertThat(grades.onRecord(List.of(uscc)).get(uscc).grade()).isEqualTo(Grade.B);
        try {
            // four years on, the one result is older than the three years a grade looks at
            CaseDriver.today(java.time.LocalDate.now().plusYears(4).toString());
            aging.regradeAged();
            assertThat(grades.onRecord(List.of(uscc)).get(uscc))
                    .extracting(RiskGrades.OnRecord::grade, RiskGrades.OnRecord::basis, RiskGrades.OnRecord::cause)
                    .containsExactly(Grade.A, "CLEAN", "AGED");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void theClassificationTableWeighsTheGradeTheEnterpriseHadBeforeTheCase() {
        String risky = CaseDriver.creditCode();
        for (int i = 0; i < 3; i++) {
            driver.register(request(risky, "LABELLING"));
        }
        assertThat(grades.of(risky).grade()).isEqualTo(Grade.D);
        CaseFile again = driver.accepted(driver.register(request(risky, "PERFORMANCE")));
        CaseFile clean = driver.accepted(driver.register(request(CaseDriver.creditCode(), "PERFORMANCE")));

        assertThat(inputs(again)).contains("\"riskGrade\":\"D\"").contains("\"repeatFailure\":true");
        assertThat(suggested(again)).isEqualTo("SERIOUS");
        assertThat(inputs(clean)).contains("\"riskGrade\":\"A\"").contains("\"repeatFailure\":false");
        assertThat(suggested(clean)).isEqualTo("GENERAL");
    }

    private String suggested(CaseFile c) {
        return (String) runtime.getVariable(driver.mainInstance(c).getId(), Bpmn.Var.SUGGESTED_TRACK);
    }

    private String inputs(CaseFile c) {
        return events.list(c.id()).stream().filter(e -> e.type() == CaseEventType.CLASSIFICATION_INPUTS)
                .map(CaseEvent::after).findFirst().orElseThrow();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A new version of the table deployed beside the running cases decides from the next grading on. */
    @Test
    void theLatestVersionOfTheTableDecides() throws Exception {
        String table;
        try (var in = RiskGradeIntegrationTests.class.getResourceAsStream("/enterprise-risk-grade.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String uscc = CaseDriver.creditCode();
        String second = table.replace("<text>\"ONCE\"</text>", "<text>\"ONCE_V2\"</text>");
        String deployment = repository.createDeployment().addString("enterprise-risk-grade.dmn", second)
                .name("risk grade, second version").deploy().getId();
        try {
            driver.register(request(uscc, "LABELLING"));
            followUps.run();
            assertThat(grades.onRecord(List.of(uscc)).get(uscc)).extracting(RiskGrades.OnRecord::basis)
                    .isEqualTo("ONCE_V2");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static IntakeRequest request(String uscc, String hazard) {
        IntakeRequest r = CaseDriver.request(hazard, "家用电器");
        return new IntakeRequest(r.reportNo(), r.product(), r.sampledAt(), r.reportIssuedAt(), r.failedItems(),
                new IntakeRequest.PartyData(uscc, "风险分级测试企业" + uscc.substring(10), "杭州市"), null,
                r.bureauCode(), r.organizingBureauCode(), r.institution(), r.spotCheckPlan(), false);
    }
}
