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
@ActiveProfiles("test")
class BrowserIntegrationTests {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    @Autowired JdbcClient jdbc;

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
        }

        assertThat(jdbc.sql("select count(*) from attachment where case_id = ?").param(c.id()).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(driver.task(c, Bpmn.Task.RECORD_FIRST_REINSPECTION)).isNotNull();
    }
}
