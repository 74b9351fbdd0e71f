package org.qualityloop.process.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskActions;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.web.RawCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every task form of every process, worked through the pages along the routes that reach it: each one
 * renders, rejects bad input with a message while keeping what was typed, and completes.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class TaskFormPagesIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired TaskActions actions;
    @Autowired TaskService taskService;
    @Autowired TaskCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired Documents documents;

    TaskPages pages;
    final Set<String> worked = new HashSet<>();
    final List<CaseFile> walked = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        CaseDriver.today("2026-12-31");
        pages = new TaskPages(mvc, driver, users, actions, taskService, new RawCodes(java.util.stream.Stream.concat(
                jdbc.sql("select code from institution").query(String.class).list().stream(),
                jdbc.sql("select username from app_user").query(String.class).list().stream()
                        .filter(u -> u.matches(".*\\d.*"))).toList()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyTaskFormRendersRejectsBadInputKeepsWhatWasTypedAndCompletes() throws Exception {
        retestRoute();
        reviewRoute();
        seriousRoute();
        failingRoute();
        criminalRoute();

        assertThat(worked).containsExactlyInAnyOrderElementsOf(catalog.all().keySet());

        // every page of those paths, in both languages, names things: no code stands where a name belongs
        for (CaseFile c : walked) {
            for (String language : List.of("zh-CN", "en")) {
                pages.read("/cases/" + c.id(), "handler1", language);
                pages.read("/cases/" + c.id(), "enterprise1", language);
                for (IssuedDocument d : documents.list(c.id())) {
                    pages.read("/cases/" + c.id() + "/documents/" + d.id(), "handler1", language);
                }
            }
        }
        for (String language : List.of("zh-CN", "en")) {
            pages.read("/inbox", "handler1", language);
            pages.read("/cases", "handler1", language);
            pages.read("/portal", "enterprise1", language);
            pages.read("/oversight", "supervisor1", language);
        }
        assertThat(pages.rawFindings()).as("codes where a name belongs").isEmpty();
    }

    @Test
    void evidenceIsKeptWhileTheFormIsCorrectedThenFiledWithItsHashAndAFakeFileIsRefused() throws Exception {
        CaseFile c = rectifying("GENERAL");
        String taskId = driver.task(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT).getId();
        Map<String, Object> report = Map.of("summary", "更换电源线", "disposal", "已召回", "stopSaleConfirmed", true,
                "submittedOn", "2026-11-20");
        MockHttpSession session = new MockHttpSession();
        MockMultipartFile real = new MockMultipartFile("attachments", "整改报告.pdf", "application/pdf", PDF);
        Map<String, Object> withoutSummary = new java.util.HashMap<>(report);
        withoutSummary.remove("summary");

        String corrected = pages.post(session, taskId, "handler1", withoutSummary, real).getResponse().getContentAsString();
        assertThat(corrected).contains("id=\"e-summary\"").contains("已保留：整改报告.pdf");

        MockMultipartFile fake = new MockMultipartFile("attachments", "照片.png", "image/png", "MZ\u0090".getBytes());
        Map<String, Object> keepFirst = new java.util.HashMap<>(report);
        keepFirst.put("keep", "0");
        String refused = pages.post(session, taskId, "handler1", keepFirst, fake).getResponse().getContentAsString();
        assertThat(refused).contains("只接受 PDF").contains("更换电源线").contains("已保留：整改报告.pdf");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attachment where case_id = ?").param(c.id()).query(Integer.class)
                .single()).isZero();

        assertThat(pages.post(session, taskId, "handler1", keepFirst).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select file_name, sha256, size_bytes from attachment where case_id = ?").param(c.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3)).single())
                .isEqualTo("整改报告.pdf " + sha256(PDF) + " " + PDF.length);
    }

    private void retestRoute() throws Exception {
        CaseFile c = driver.register();
        work(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        work(c, Bpmn.Task.RECORD_SERVICE, "handler1",
                Map.of("method", "DIRECT", "servedOn", "2026-09-22", "addressConfirmed", "false", "evidence", "送达回证"));
        work(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存条件不当", "receivedOn", "2026-09-30"));
        work(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
        work(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
        work(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE, "lab1", Map.of("receivedOn", "2026-10-12"));
        work(c, Bpmn.Task.RECORD_RETEST_RESULT, "lab1",
                Map.of("conclusion", "CONFORMING", "reportNo", "FJ-2026-001", "concludedOn", "2026-10-20"));
        work(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1", Map.of("approved", true, "decidedOn", "2026-10-21"));
    }

    private void reviewRoute() throws Exception {
        CaseFile c = served(driver.register());
        work(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "OBJECT", "reason", "抽样程序不规范", "receivedOn", "2026-09-30"));
        work(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", false, "decidedOn", "2026-10-09"));
        work(c, Bpmn.Task.REVIEW_OBJECTION, "handler1", Map.of("proposedOutcome", "REJECTED", "reason", "抽样程序符合规定"));
        work(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1", Map.of("approved", true, "decidedOn", "2026-10-12"));
    }

    private void seriousRoute() throws Exception {
        CaseFile c = rectifying("SERIOUS");
        work(c, Bpmn.Task.VERIFY_LEAD, "handler1", Map.of("proposal", "FILE", "findings", "涉案产品 300 台", "verifiedOn", "2026-09-29"));
        work(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        work(c, Bpmn.Task.INVESTIGATE, "handler1", Map.of("findings", "货值 1 万元", "goodsValue", "10000",
                "proposedFine", "20000", "legalArticles", "产品质量法第四十九条", "completedOn", "2026-10-15"));
        work(c, Bpmn.Task.LEGAL_REVIEW, "supervisor1", Map.of("approved", true, "opinion", "事实清楚", "reviewedOn", "2026-10-20"));
        work(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1", Map.of("servedOn", "2026-10-21", "proposedFine", "20000"));
        work(c, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, "handler1",
                Map.of("response", "HEARING", "statement", "请求从轻处罚", "receivedOn", "2026-10-23"));
        work(c, Bpmn.Task.HOLD_HEARING, "handler1", Map.of("heldOn", "2026-11-05", "record", "听证笔录"));
        work(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成", "disposal", "已召回",
                "stopSaleConfirmed", true, "submittedOn", "2026-11-06"));
        work(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-08", "passed", true, "reportNo", "FC-1"));
        work(c, Bpmn.Task.DECIDE_PENALTY, "supervisor1", Map.of("decidedOn", "2026-11-10", "servedOn", "2026-11-11",
                "fineAmount", "20000", "legalArticles", "产品质量法第四十九条"));
        work(c, Bpmn.Task.RECORD_EXECUTION, "handler1", Map.of("paidOn", "2026-11-20", "amountPaid", "20000"));
        work(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1", Map.of("reportedOn", "2026-11-26", "summary", "已整改合格"));
        work(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格，罚款2万元"));
        work(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true, "comment", "同意"));
    }

    private void failingRoute() throws Exception {
        CaseFile c = rectifying("GENERAL");
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已下架", "stopSaleConfirmed", true, "submittedOn", "2026-10-08"));
        driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1", Map.of("inspectedOn", "2026-10-12", "passed", false));
        work(c, Bpmn.Task.REPORT_TO_PROVINCE, "handler1", Map.of("reportedOn", "2026-10-13", "summary", "复查不合格"));
        work(c, Bpmn.Task.RECORD_ANNOUNCEMENT, "handler1", Map.of("announcedOn", "2026-10-14", "announcementNo", "鲁市监公告〔2026〕8号"));
        driver.fire(driver.timer(c, Bpmn.Process.RECTIFICATION));
        work(c, Bpmn.Task.RECORD_SECOND_REINSPECTION, "handler1", Map.of("inspectedOn", "2026-12-20", "passed", false));
        work(c, Bpmn.Task.ORDER_SUSPENSION, "handler1", Map.of("orderedOn", "2026-12-21", "periodDays", "5"));
        driver.fire(driver.timer(c, Bpmn.Process.RECTIFICATION));
        work(c, Bpmn.Task.RECORD_SUSPENSION_REINSPECTION, "handler1", Map.of("inspectedOn", "2026-12-29", "passed", false));
        work(c, Bpmn.Task.REFER_LICENCE_REVOCATION, "handler1", Map.of("referredOn", "2026-12-30",
                "registrationAuthority", "肥城市市场监督管理局登记注册科", "reason", "停业整顿后复查仍不合格"));
    }

    private void criminalRoute() throws Exception {
        CaseFile c = accepted(driver.register(CaseDriver.request("SAFETY", "家用电器")));
        driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1",
                Map.of("track", "CRIMINAL", "reason", "涉嫌掺杂掺假", "confirmedOn", "2026-09-28"));
        work(c, Bpmn.Task.PREPARE_TRANSFER, "handler1", Map.of("transferredOn", "2026-09-30", "recipient", "肥城市公安局",
                "reason", "涉嫌生产、销售伪劣产品罪"));
    }

    private CaseFile served(CaseFile c) {
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", "2026-09-22"));
        return c;
    }

    private CaseFile accepted(CaseFile c) {
        served(c);
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", "2026-09-25"));
        return c;
    }

    private CaseFile rectifying(String track) throws Exception {
        CaseFile c = accepted(driver.register(track.equals("SERIOUS") ? CaseDriver.request("SAFETY", "儿童用品")
                : CaseDriver.request("LABELLING", "家用电器")));
        Map<String, Object> classification = Map.of("track", track, "confirmedOn", "2026-09-26");
        if (worked.contains(Bpmn.Task.CONFIRM_CLASSIFICATION)) {
            driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", classification);
        } else {
            work(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", classification);
        }
        Map<String, Object> order = Map.of("orderedOn", "2026-09-28", "requirements", "更换不合格电源线，召回已售产品");
        if (worked.contains(Bpmn.Task.ISSUE_RECTIFICATION_ORDER)) {
            driver.complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1", order);
        } else {
            work(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1", order);
        }
        return c;
    }

    private void work(CaseFile c, String taskKey, String username, Map<String, ?> values) throws Exception {
        if (walked.stream().noneMatch(w -> w.id().equals(c.id()))) {
            walked.add(c);
        }
        pages.work(c, taskKey, username, values);
        worked.add(taskKey);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
