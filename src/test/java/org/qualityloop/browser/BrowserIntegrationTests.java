package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * One case from the result notice to the rectification report, in headless Chromium, by the demo users
 * in turn, in Chinese. Screenshots of every step go to {@code target/screenshots/}.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class BrowserIntegrationTests {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    @Autowired JdbcClient jdbc;
    @Autowired org.qualityloop.transactions.FollowUps followUps;

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aCaseGoesFromTheNoticeToTheRectificationReportInTheBrowserAlone() throws Exception {
        CaseFile c = driver.register();
        Path report = Files.createDirectories(Path.of("target/browser")).resolve("整改报告.pdf");
        Files.write(report, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes());
        String no = c.caseNo();

        try (Browser browser = new Browser("http://localhost:" + port, SCREENSHOTS)) {
            browser.signIn("handler1");
            browser.screenshot("handler-inbox");
            browser.openFromInbox(no, Bpmn.Task.ISSUE_RESULT_NOTICE);
            browser.screenshot("issue-result-notice");
            browser.submitAndConfirm();
            browser.openFromInbox(no, Bpmn.Task.RECORD_SERVICE);
            browser.choose("method-ELECTRONIC");
            browser.choose("addressConfirmed-true");
            browser.type("evidence", "电子送达系统回执 DZ-0001");
            // two officers act (行政处罚法 Art.42): the user and the colleague chosen here
            browser.choose("coOfficer-handler3");
            browser.screenshot("record-service");
            browser.submitAndConfirm();
            browser.signOut();

            browser.signIn("enterprise1");
            assertThat(browser.url()).endsWith("/portal");
            browser.screenshot("enterprise-portal");
            browser.click(By.xpath("//ul[@id='notices']//a[contains(@href, '" + c.id() + "')]"));
            assertThat(browser.text()).contains("检验结论告知书").contains(c.intake().product().name());
            browser.screenshot("result-notice");
            browser.open("/portal");
            browser.openTask(no, Bpmn.Task.RESPOND_TO_RESULT);
            browser.choose("decision-OBJECT");
            browser.submit();
            assertThat(browser.text()).as("a reason is required for an objection").contains("请说明理由");
            browser.screenshot("objection-needs-reason");
            browser.type("reason", "抽样时产品未处于正常销售状态，抽样程序不规范");
            browser.attach(report);
            browser.submitAndConfirm();
            browser.signOut();

            browser.signIn("handler1");
            browser.openFromInbox(no, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE);
            browser.choose("accepted-true");
            browser.choose("retest-false");
            browser.submitAndConfirm();
            browser.openFromInbox(no, Bpmn.Task.REVIEW_OBJECTION);
            browser.choose("proposedOutcome-REJECTED");
            browser.type("reason", "经核查，抽样程序符合《产品质量监督抽查管理暂行办法》规定");
            browser.submitAndConfirm();
            browser.signOut();

            browser.signIn("supervisor1");
            browser.openFromInbox(no, Bpmn.Task.APPROVE_OBJECTION_DECISION);
            browser.choose("approved-true");
            browser.submitAndConfirm();
            browser.signOut();

            browser.signIn("handler1");
            browser.openFromInbox(no, Bpmn.Task.CONFIRM_CLASSIFICATION);
            browser.choose("track-GENERAL");
            browser.submitAndConfirm();
            browser.openFromInbox(no, Bpmn.Task.ISSUE_RECTIFICATION_ORDER);
            browser.type("requirements", "更换不合格电源线组件，召回已销售产品");
            browser.choose("coOfficer-handler3");
            browser.submitAndConfirm();
            browser.signOut();

            browser.signIn("enterprise1");
            browser.openTask(no, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT);
            browser.type("summary", "已更换电源线供应商并对库存产品全部返工");
            browser.type("disposal", "已下架 80 台，召回已售 40 台，全部返工");
            browser.choose("stopSaleConfirmed-true");
            browser.attach(report);
            browser.screenshot("rectification-report");
            browser.submitAndConfirm();
            browser.screenshot("enterprise-done");
            browser.signOut();

            browser.signIn("handler1");
            browser.open("/cases/" + c.id());
            browser.screenshot("case-file");
            assertThat(browser.text()).contains("整改报告.pdf").contains("首次复查").contains("企业已查阅")
                    .contains("责令整改通知书");

            // the documents and the whole dossier as the handler's browser saves them
            Path notice = browser.download(By.xpath("//ul[@id='documents']/li[1]/a[contains(@href, '.pdf')]"));
            Path dossier = browser.download(By.id("dossier"));
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(notice.toFile());
                 var all = org.apache.pdfbox.Loader.loadPDF(dossier.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("检验结论告知书")
                        .contains("杭州示例电器有限公司");
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(all)).contains(no).contains("卷内目录")
                        .contains("责令整改通知书").contains("整改报告.pdf");
            }
        }

        assertThat(jdbc.sql("select count(*) from attachment where case_id = ?").param(c.id()).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(driver.task(c, Bpmn.Task.RECORD_FIRST_REINSPECTION)).isNotNull();
    }

    @Test
    void aSupervisorFindsLateWorkReassignsItAndExtendsARectificationDeadline() throws Exception {
        CaseFile c = driver.rectifyingToday();
        String no = c.caseNo();

        try (Browser browser = new Browser("http://localhost:" + port, Files.createDirectories(SCREENSHOTS.resolve("oversight")))) {
            browser.signIn("supervisor1");
            browser.click(By.linkText("监督看板"));
            browser.screenshot("dashboard");
            // the demo cases are dated back from today: some of their work is late, some due soon
            assertThat(Integer.parseInt(browser.find("#tile-overdue strong"))).isPositive();
            assertThat(browser.text()).contains("按辖区汇总").contains("肥城市市场监督管理局").contains("泰安市泰山区市场监督管理局");
            browser.click(By.id("tile-overdue"));
            assertThat(browser.text()).contains("已超期");
            browser.screenshot("overdue-list");

            // drill into a case from the list behind a number, then into the one this test owns
            browser.click(By.cssSelector("#oversight-tasks tbody tr a"));
            assertThat(browser.url()).contains("/cases/");
            browser.open("/cases?q=" + no);
            browser.click(By.linkText(no));
            assertThat(browser.url()).endsWith("/cases/" + c.id());
            browser.click(By.cssSelector("a[data-reassign='" + Bpmn.Task.SUBMIT_RECTIFICATION_REPORT + "']"));
            browser.choose("assignee-handler1");
            browser.click(By.cssSelector("form button[type=submit].primary"));
            assertThat(browser.text()).as("a reason is required").contains("请填写改派理由");
            assertThat(browser.checked("assignee-handler1")).as("the choice is kept").isTrue();
            browser.screenshot("reassign-needs-reason");
            browser.type("reason", "企业联系人变更，由承办人代为跟进整改报告");
            browser.click(By.cssSelector("form button[type=submit].primary"));
            // people by their names, never by username
            assertThat(browser.text()).contains("已改派给 张承办（肥城）").contains("由 张承办（肥城） 办理").doesNotContain("由 handler1");

            browser.click(By.id("extend-link"));
            browser.choose("step-RECTIFICATION");
            browser.date("requestedOn", driver.todayText());
            browser.type("days", "31");
            browser.type("reason", "企业需更换生产设备");
            browser.click(By.cssSelector("form button[type=submit].primary"));
            assertThat(browser.text()).contains("延长天数不能超过 30 日");
            assertThat(browser.value("reason")).isEqualTo("企业需更换生产设备");
            browser.screenshot("extension-refused");
            browser.type("days", "20");
            browser.click(By.cssSelector("form button[type=submit].primary"));
            assertThat(browser.text()).contains("已延长至").contains("延期记录").contains("企业需更换生产设备")
                    .contains("改派事项").contains("延长期限");
            browser.screenshot("case-after-acting");
        }

        var metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("qualityloop_cases_open{").contains("qualityloop_tasks_overdue{")
                .contains("qualityloop_task_completion_seconds_count{application=\"qualityloop\",step=\"issueRectificationOrder\"}");
    }

    /** Issue 17's "done when" on a desk: the analytics of the demo data, and a number followed to its cases. */
    @Test
    void aSupervisorReadsTheAnalyticsAndANumberLeadsToItsCases() throws Exception {
        // the cases the other tests registered, counted as the schedule would have seconds after each commit
        followUps.run();
        try (Browser browser = new Browser("http://localhost:" + port, SCREENSHOTS)) {
            browser.signIn("supervisor1");
            browser.open("/analytics");
            browser.screenshot("analytics");
            assertThat(browser.text()).contains("不合格率").contains("家用电器").contains("各阶段用时")
                    .contains("重点产品类别").contains("风险等级");
            String counted = browser.find("#category-rates tbody tr:first-child td:nth-child(2) a");
            browser.click(By.cssSelector("#category-rates tbody tr:first-child td:nth-child(2) a"));
            browser.screenshot("analytics-cases");
            assertThat(browser.url()).contains("/cases");
            assertThat(browser.text()).contains("共 " + counted + " 件");
        }
    }
}
