package org.qualityloop.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.Stage;
import org.qualityloop.casefile.Track;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.worklist.ReadModelCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per route through the loop, driven through the same services the users call. */
@QualityLoopIntegrationTest
public class ProcessPathIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired CaseDeadlines deadlines;
    @Autowired CaseEvents events;
    @Autowired Documents documents;
    @Autowired JdbcClient jdbc;
    @Autowired ReadModelCheck readModel;

    @BeforeEach
    void fixClock() {
        AbstractAssertions.init(engine);
        CaseDriver.today("2026-12-31");
        // paper dates weeks before "today": a due date counted from a task's creation would show at once
        driver.dueDateChecks(true);
    }

    @AfterEach
    void readModelAgreesWithTheEngineTheChainHoldsAndClockIsReset() {
        try {
            assertThat(readModel.differences()).as("open_task against the engine's tasks").isEmpty();
            assertThat(events.firstBrokenLink()).as("every case's events, linked across its transactions").isNull();
        } finally {
            driver.dueDateChecks(false);
            ClockUtil.reset();
        }
    }

    @Test
    void silenceUntilTheObjectionWindowClosesIsDeemedAcceptance() {
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        assertThat(driver.instance(c, Bpmn.Process.OBJECTION)).isWaitingAt(Bpmn.Task.RESPOND_TO_RESULT);
        // domain.md: served 2026-09-22 + 15 days = 2026-10-07, inside the National Day holiday -> 2026-10-08
        assertThat(deadline(c, "OBJECTION").dueOn()).hasToString("2026-10-08");
        assertThat(CaseDriver.day(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getDueDate())).hasToString("2026-10-08");
        Job windowClosed = driver.timer(c, Bpmn.Process.OBJECTION);
        assertThat(CaseDriver.day(windowClosed.getDuedate())).hasToString("2026-10-08");

        driver.fire(windowClosed);

        assertThat(driver.mainInstance(c)).isWaitingAt(Bpmn.Task.CONFIRM_CLASSIFICATION);
        assertThat(driver.reload(c).stage()).isEqualTo(Stage.CLASSIFICATION);
        assertThat(events.has(c.id(), CaseEventType.DEEMED_ACCEPTED)).isTrue();
    }

    @Test
    void objectionUpheldAfterRetestLiftsTheStopSaleAndClosesTheCase() {
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存条件不当", "receivedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
        driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
        // the original institution (LAB-SD) is never drawn; lab1's LAB-TA is the only other one
        assertThat(driver.task(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE)).isNotNull();
        driver.complete(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE, "lab1", Map.of("receivedOn", "2026-10-12"));
        driver.complete(c, Bpmn.Task.RECORD_RETEST_RESULT, "lab1",
                Map.of("conclusion", "CONFORMING", "reportNo", "FJ-2026-001", "concludedOn", "2026-10-20"));
        driver.complete(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1",
                Map.of("approved", true, "decidedOn", "2026-10-21"));

        CaseFile closed = driver.reload(c);
        assertThat(closed.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(closed.outcome()).isEqualTo(CaseOutcome.OVERTURNED);
        assertThat(closed.stopSaleActive()).isFalse();
        assertThat(driver.mainInstance(c)).isNull();
        assertThat(events.has(c.id(), CaseEventType.STOP_SALE_LIFTED)).isTrue();
    }

    @Test
    void objectionRejectedOnReviewContinuesToClassification() {
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "OBJECT", "reason", "抽样程序不规范", "receivedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", false, "decidedOn", "2026-10-09"));
        driver.complete(c, Bpmn.Task.REVIEW_OBJECTION, "handler1",
                Map.of("proposedOutcome", "REJECTED", "reason", "抽样程序符合规定"));
        driver.complete(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1",
                Map.of("approved", true, "decidedOn", "2026-10-12"));

        assertThat(driver.mainInstance(c)).isWaitingAt(Bpmn.Task.CONFIRM_CLASSIFICATION);
        assertThat(driver.reload(c).stopSaleActive()).isTrue();
        assertThat(documents.list(c.id())).anyMatch(d -> d.title().equals("异议处理决定书"));
    }

    @Test
    void serviceByAnnouncementOpensTheObjectionWindowWhenItsPeriodHasRun() {
        CaseFile c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-01"));
        driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "ANNOUNCEMENT", "servedOn", "2026-09-01"));
        Job effective = driver.timer(c, Bpmn.Process.RESULT_DELIVERY);
        // 2026-09-01 + 30 days = 2026-10-01, a holiday: service counts as made on 2026-10-08
        assertThat(CaseDriver.day(effective.getDuedate())).hasToString("2026-10-08");

        driver.fire(effective);

        assertThat(driver.instance(c, Bpmn.Process.OBJECTION)).isWaitingAt(Bpmn.Task.RESPOND_TO_RESULT);
        assertThat(deadline(c, "OBJECTION").dueOn()).hasToString("2026-10-23");
        assertThat(CaseDriver.day(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getDueDate())).hasToString("2026-10-23");
    }

    @Test
    void firstReinspectionPassLeadsToPublicationAndArchive() {
        CaseFile c = driver.rectifying(Track.GENERAL);
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "更换电源线组件",
                "disposal", "已下架并召回 120 台", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
        reinspect(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "2026-11-25", true);

        assertThat(driver.reload(c).stopSaleActive()).isFalse();
        handledAndPublished(c);
    }

    @Test
    void failedFirstReinspectionGoesThroughAnnouncementToASecondReinspection() {
        CaseFile c = failedFirstReinspection();
        driver.complete(c, Bpmn.Task.RECORD_ANNOUNCEMENT, "handler1",
                Map.of("announcedOn", "2026-10-14", "announcementNo", "鲁市监公告〔2026〕8号"));
        Job windowOpens = driver.timer(c, Bpmn.Process.RECTIFICATION);
        // day 60 after 2026-10-14 is Sunday 2026-12-13: the window opens on that day as it is (only a period's
        // last day moves off a rest day, issue 13), and a re-inspection counts from the day after it
        assertThat(CaseDriver.day(windowOpens.getDuedate())).hasToString("2026-12-13");
        driver.fire(windowOpens);
        assertThat(tooEarly(c, "2026-12-13")).containsKey("inspectedOn");

        reinspect(c, Bpmn.Task.RECORD_SECOND_REINSPECTION, "2026-12-14", true);

        assertThat(driver.mainInstance(c)).isWaitingAt(Bpmn.Task.SUBMIT_HANDLING_REPORT);
    }

    @Test
    void failingThroughSuspensionEndsInALicenceRevocationReferral() {
        CaseFile c = failedFirstReinspection();
        driver.complete(c, Bpmn.Task.RECORD_ANNOUNCEMENT, "handler1",
                Map.of("announcedOn", "2026-10-14", "announcementNo", "鲁市监公告〔2026〕8号"));
        driver.fire(driver.timer(c, Bpmn.Process.RECTIFICATION));
        reinspect(c, Bpmn.Task.RECORD_SECOND_REINSPECTION, "2026-12-20", false);
        driver.complete(c, Bpmn.Task.ORDER_SUSPENSION, "handler1", Map.of("orderedOn", "2026-12-21", "periodDays", 5));
        Job suspensionEnds = driver.timer(c, Bpmn.Process.RECTIFICATION);
        assertThat(CaseDriver.day(suspensionEnds.getDuedate())).hasToString("2026-12-28");
        driver.fire(suspensionEnds);
        reinspect(c, Bpmn.Task.RECORD_SUSPENSION_REINSPECTION, "2026-12-29", false);
        driver.complete(c, Bpmn.Task.REFER_LICENCE_REVOCATION, "handler1", Map.of("referredOn", "2026-12-30",
                "registrationAuthority", "肥城市市场监督管理局登记注册科", "reason", "停业整顿后复查仍不合格"));

        assertThat(driver.mainInstance(c)).isWaitingAt(Bpmn.Task.SUBMIT_HANDLING_REPORT);
        assertThat(jdbc.sql("select outcome from rectification where case_id = ?").param(c.id()).query(String.class)
                .single()).isEqualTo("LICENCE_REVOCATION_REFERRED");
        assertThat(documents.list(c.id())).anyMatch(d -> d.title().equals("责令停业整顿决定书"))
                .anyMatch(d -> d.title().equals("案件移送函"));
    }

    @Test
    void seriousCaseRunsAPenaltyCaseToDecisionBesideRectification() {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        assertThat(driver.task(c, Bpmn.Task.VERIFY_LEAD)).isNotNull();
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品 300 台", "verifiedOn", "2026-09-29"));
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        assertThat(deadline(c, "PENALTY_DECISION").dueOn()).hasToString("2026-12-29");
        driver.complete(c, Bpmn.Task.INVESTIGATE, "handler1", Map.of("findings", "货值 1 万元", "goodsValue", "10000",
                "proposedFine", "20000", "legalArticles", "产品质量法第四十九条", "completedOn", "2026-10-15"));
        // counted from the day the investigation was recorded as finished, not from when the task arrived
        assertThat(CaseDriver.day(driver.task(c, Bpmn.Task.LEGAL_REVIEW).getDueDate()))
                .isEqualTo(deadline(c, "LEGAL_REVIEW").dueOn()).hasToString("2026-10-29");
        driver.complete(c, Bpmn.Task.LEGAL_REVIEW, "supervisor1",
                Map.of("approved", true, "opinion", "事实清楚，证据确凿", "reviewedOn", "2026-10-20"));
        driver.complete(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1", Map.of("servedOn", "2026-10-21", "proposedFine", "20000"));
        driver.complete(c, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, "handler1",
                Map.of("response", "HEARING", "statement", "请求从轻处罚", "receivedOn", "2026-10-23"));
        driver.complete(c, Bpmn.Task.HOLD_HEARING, "handler1", Map.of("heldOn", "2026-11-05", "record", "听证笔录"));
        // rectification finishes first: the case now waits on the penalty alone
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已召回", "stopSaleConfirmed", true, "submittedOn", "2026-11-06"));
        reinspect(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "2026-11-08", true);
        assertThat(driver.reload(c).stage()).isEqualTo(Stage.PENALTY);
        driver.complete(c, Bpmn.Task.DECIDE_PENALTY, "supervisor1", Map.of("decidedOn", "2026-11-10",
                "servedOn", "2026-11-11", "fineAmount", "20000", "legalArticles", "产品质量法第四十九条"));
        driver.complete(c, Bpmn.Task.RECORD_EXECUTION, "handler1", Map.of("paidOn", "2026-11-20", "amountPaid", "20000"));

        assertThat(driver.mainInstance(c)).isWaitingAt(Bpmn.Task.SUBMIT_HANDLING_REPORT);
        assertThat(driver.reload(c).stage()).isEqualTo(Stage.HANDLING_REPORT);
        assertThat(jdbc.sql("select outcome from penalty_case where case_id = ?").param(c.id()).query(String.class)
                .single()).isEqualTo("PENALIZED");
    }

    @Test
    void seriousCaseNotFiledEndsThePenaltyTrack() {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "NOT_FILE", "findings", "违法情节轻微并及时改正", "verifiedOn", "2026-09-29"));
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));

        assertThat(driver.instance(c, Bpmn.Process.PENALTY)).isNull();
        assertThat(driver.mainInstance(c)).isWaitingAt("rectify");
        assertThat(jdbc.sql("select outcome from penalty_case where case_id = ?").param(c.id()).query(String.class)
                .single()).isEqualTo("NOT_FILED");
    }

    @Test
    void criminalCaseIsTransferredToTheJudicialOrgans() {
        var request = CaseDriver.request("SAFETY", "家用电器");
        request = new org.qualityloop.intake.IntakeRequest(request.reportNo(), request.product(), request.sampledAt(),
                request.reportIssuedAt(), request.failedItems(), request.sampledEnterprise(), null, "370983",
                "370900", "LAB-SD", null, true);
        CaseFile c = driver.accepted(driver.register(request));
        assertThat(driver.task(c, Bpmn.Task.CONFIRM_CLASSIFICATION)).isNotNull();
        driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", "CRIMINAL", "confirmedOn", "2026-09-28"));
        assertThat(driver.reload(c).suggestedTrack()).isEqualTo(Track.CRIMINAL);
        driver.complete(c, Bpmn.Task.PREPARE_TRANSFER, "handler1", Map.of("transferredOn", "2026-09-30",
                "recipient", "肥城市公安局", "reason", "涉嫌生产、销售伪劣产品罪"));

        assertThat(driver.instance(c, Bpmn.Process.PENALTY)).isNull();
        assertThat(driver.instance(c, Bpmn.Process.RECTIFICATION)).isWaitingAt(Bpmn.Task.ISSUE_RECTIFICATION_ORDER);
        assertThat(jdbc.sql("select outcome from penalty_case where case_id = ?").param(c.id()).query(String.class)
                .single()).isEqualTo("TRANSFERRED");
    }

    @Test
    void overdueRectificationIsEscalatedAndTheCaseGoesOnToReinspection() {
        CaseFile c = driver.rectifying(Track.GENERAL);
        Job overdue = driver.timer(c, Bpmn.Process.RECTIFICATION);
        // ordered 2026-09-28 + 60 days = 2026-11-27
        assertThat(CaseDriver.day(overdue.getDuedate())).hasToString("2026-11-27");
        driver.fire(overdue);

        assertThat(events.has(c.id(), CaseEventType.RECTIFICATION_OVERDUE)).isTrue();
        assertThat(driver.instance(c, Bpmn.Process.RECTIFICATION)).isWaitingAt(Bpmn.Task.RECORD_FIRST_REINSPECTION);
    }

    private CaseFile failedFirstReinspection() {
        CaseFile c = driver.rectifying(Track.GENERAL);
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已下架", "stopSaleConfirmed", true, "submittedOn", "2026-10-08"));
        reinspect(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "2026-10-12", false);
        driver.complete(c, Bpmn.Task.REPORT_TO_PROVINCE, "handler1", Map.of("reportedOn", "2026-10-13", "summary", "复查不合格"));
        return c;
    }

    private void reinspect(CaseFile c, String taskKey, String on, boolean passed) {
        driver.complete(c, taskKey, "handler1", Map.of("inspectedOn", on, "passed", passed, "reportNo", "FC-" + on));
    }

    private Map<String, String> tooEarly(CaseFile c, String on) {
        try {
            reinspect(c, Bpmn.Task.RECORD_SECOND_REINSPECTION, on, true);
            return Map.of();
        } catch (InvalidInputException e) {
            Map<String, String> fields = new java.util.HashMap<>();
            e.errors().all().forEach(err -> fields.put(err.field(), err.code()));
            return fields;
        }
    }

    private void handledAndPublished(CaseFile c) {
        driver.complete(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1", Map.of("reportedOn", "2026-11-26", "summary", "已整改合格"));
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格"));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", false, "comment", "补充不合格项目"));
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格（泄漏电流）"));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));

        CaseFile archived = driver.reload(c);
        assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(archived.outcome()).isEqualTo(CaseOutcome.HANDLED);
        assertThat(driver.mainInstance(c)).isNull();
        assertThat(jdbc.sql("select published_on from publication_entry where case_id = ?").param(c.id())
                .query(String.class).single()).isNotNull();
        assertThat(documents.list(c.id())).anyMatch(d -> d.title().equals("信息公开条目"));
    }

    private CaseDeadline deadline(CaseFile c, String step) {
        return deadlines.list(c.id()).stream().filter(d -> d.step().name().equals(step)).findFirst().orElseThrow();
    }
}
