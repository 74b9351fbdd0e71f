package org.qualityloop.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.administration.ConsistencyCheck;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.worklist.ReadModelCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's consistency check finds each kind of mismatch it is built for, and only those. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
@Transactional
public class ConsistencyCheckIntegrationTests {

    @Autowired ConsistencyCheck check;
    @Autowired CaseDriver driver;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired ReadModelCheck readModel;
    @Autowired org.camunda.bpm.engine.RepositoryService repository;

    @Autowired org.qualityloop.oversight.Reassignment reassignment;
    @Autowired org.qualityloop.identity.Institutions institutions;

    @Test
    void aTaskNobodyCanDoIsReportedAndASupervisorHandsItToAHandlerOfTheBureau() {
        CaseDriver.today("2026-12-31");
        try {
            CaseFile c = driver.served(driver.register(), "2026-09-22");
            driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                    java.util.Map.of("decision", "RETEST", "reason", "备样保存条件不当", "receivedOn", "2026-09-30"));
            driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                    java.util.Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
            driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1",
                    java.util.Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
            String taskId = driver.task(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE).getId();
            // the re-test institution's only user leaves
            jdbc.sql("update app_user set enabled = false where username = 'lab1'").update();
            try {
                assertThat(check.run()).anyMatch(f -> f.kind() == ConsistencyCheck.Kind.TASK_NOBODY_CAN_DO
                        && f.subject().equals(c.id().toString()) && f.detail().contains(taskId));
                assertThat(institutions.retestCapable()).as("an institution without users is never drawn")
                        .extracting(org.qualityloop.identity.Institutions.Institution::code).doesNotContain("LAB-TA");
                var task = reassignment.task(driver.actor("supervisor1"), taskId);
                assertThat(reassignment.candidates(driver.actor("supervisor1"), task)).containsKey("handler1");
                reassignment.reassign(driver.actor("supervisor1"), taskId, "handler1", "检验机构无在职用户，由承办人录入纸质结果");
                driver.complete(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE, "handler1",
                        java.util.Map.of("receivedOn", "2026-10-12"));
                assertThat(check.run()).noneMatch(f -> f.detail().contains(taskId));
            } finally {
                jdbc.sql("update app_user set enabled = true where username = 'lab1'").update();
            }
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void aProcessThatIsNotACasesIsLeftOutOfTheReadModelAndItsCheck() {
        repository.createDeployment().addModelInstance("other.bpmn", org.camunda.bpm.model.bpmn.Bpmn
                .createExecutableProcess("not-a-case").camundaHistoryTimeToLive(1).startEvent()
                .userTask("anything").camundaCandidateGroups("handler-370983").endEvent().done()).deploy();
        runtime.startProcessInstanceByKey("not-a-case");

        assertThat(readModel.differences()).isEmpty();
        assertThat(readModel.repair()).isZero();
        assertThat(jdbc.sql("select count(*) from open_task where task_key = 'anything'").query(Integer.class)
                .single()).isZero();

        // and a row that drifts from the engine is caught, then put right
        CaseFile c = driver.register();
        String taskId = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        // consistent as registered (the check's read also writes the rows this test's transaction keeps till its end)
        assertThat(readModel.differences()).isEmpty();
        jdbc.sql("update open_task set assignee = 'nobody' where task_id = ?").param(taskId).update();
        assertThat(readModel.differences()).anyMatch(d -> d.contains(taskId) && d.contains("assignee"));
        assertThat(readModel.repair()).isPositive();
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void aCaseWithItsInstanceIsConsistentAndEachBreakageIsReported() throws Exception {
        CaseFile sound = driver.register();
        assertThat(about(check.run(), sound.caseNo())).isEmpty();

        CaseFile orphan = driver.register();
        // the instance ends behind the case's back: the case is open with nothing running
        runtime.deleteProcessInstance(orphan.processInstanceId(), "test", true, true);
        String stray = "NO-SUCH-CASE-" + UUID.randomUUID();
        runtime.startProcessInstanceByKey(Bpmn.Process.PUBLICATION, stray,
                java.util.Map.of(Bpmn.Var.CASE_ID, sound.id().toString(), Bpmn.Var.BUREAU, "370983",
                        Bpmn.Var.RECORDED_ON, "2026-12-01"));
        jdbc.sql("update case_file set status = 'ARCHIVED' where id = ?").param(sound.id()).update();

        List<ConsistencyCheck.Finding> findings = check.run();
        assertThat(about(findings, orphan.caseNo())).extracting(ConsistencyCheck.Finding::kind)
                .contains(ConsistencyCheck.Kind.OPEN_CASE_WITHOUT_INSTANCE);
        assertThat(about(findings, stray)).extracting(ConsistencyCheck.Finding::kind)
                .contains(ConsistencyCheck.Kind.INSTANCE_WITHOUT_CASE);
        assertThat(about(findings, sound.caseNo())).extracting(ConsistencyCheck.Finding::kind)
                .contains(ConsistencyCheck.Kind.CLOSED_CASE_STILL_RUNNING);

        String page = mvc.perform(get("/admin/consistency").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(orphan.caseNo()).contains("在办案件没有流程实例");
        mvc.perform(get("/api/v1/admin/consistency").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/admin/consistency").with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/consistency").with(httpBasic("handler1", "demo"))).andExpect(status().isForbidden());
    }

    private static List<ConsistencyCheck.Finding> about(List<ConsistencyCheck.Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subject().equals(subject)).toList();
    }
}
