package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16's "done when", in headless Chromium: the administrator imports the Modeler JSON of 肥城's rectification
 * variant, a supervisor reads the report and the diagram and approves it, and a new 肥城 case waits for the
 * supervisor's approval before its order, then runs to its archive. On a database of its own: the variant must not
 * reach other tests' cases.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class ModelBrowserIntegrationTests {

    @LocalServerPort int port;
    @Autowired CaseDriver driver;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "model-browser");
    }

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void anAdministratorImportsAVariantASupervisorApprovesItAndANewCaseFollowsIt() throws Exception {
        Path model = Path.of("docs/examples/rectification-supervisor-approval.json");
        String today = driver.todayText();
        String importPage;
        try (Browser browser = new Browser("http://localhost:" + port,
                Files.createDirectories(BrowserIntegrationTests.SCREENSHOTS.resolve("models")))) {
            browser.signIn("admin");
            browser.click(By.linkText("流程模型"));
            browser.attach("file", model);
            browser.type("bureau", "370983");
            browser.screenshot("import-form");
            browser.click(By.id("import-submit"));
            assertThat(browser.url()).contains("/admin/models/imports/");
            importPage = browser.url().substring(browser.url().indexOf("/admin/"));
            assertThat(browser.text()).contains("待审批").contains("rectification-370983").contains("审批责令整改")
                    .contains("新增");
            assertThat(browser.find("#diagram svg")).isNotBlank();
            browser.screenshot("import-report");
            assertThat(browser.text()).as("the importer is offered no approval").doesNotContain("同意并部署");
            browser.signOut();

            browser.signIn("supervisor1");
            browser.open(importPage);
            browser.type("note", "同意按本市程序执行");
            browser.click(By.id("approve"));
            assertThat(browser.text()).contains("已部署").contains("supervisor1");
            browser.screenshot("import-approved");
            browser.signOut();

            CaseFile c = driver.register();
            driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", today));
            driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", today));
            driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", today));
            driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1",
                    Map.of("track", "GENERAL", "confirmedOn", today));

            browser.signIn("supervisor1");
            browser.openFromInbox(c.caseNo(), Bpmn.Task.APPROVE_RECTIFICATION_ORDER);
            assertThat(browser.text()).contains("审批责令整改").contains("一般");
            browser.date("approvedOn", today);
            browser.type("opinion", "同意责令整改，要求召回已售产品");
            browser.screenshot("variant-task");
            browser.submitAndConfirm();
            browser.assertDone();
            browser.signOut();

            driver.complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                    Map.of("orderedOn", today, "requirements", "补全中文警示标识"));
            driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "已补全标识",
                    "disposal", "库存已返工", "stopSaleConfirmed", true, "submittedOn", today));
            driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                    Map.of("inspectedOn", today, "passed", true, "reportNo", "FC-" + today));
            driver.complete(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1",
                    Map.of("reportedOn", today, "summary", "已整改合格"));
            driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "已按要求完成整改"));
            driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
            assertThat(driver.reload(c).status()).isEqualTo(CaseStatus.ARCHIVED);

            browser.signIn("admin");
            browser.open("/admin/models");
            assertThat(browser.text()).contains("rectification-370983").contains("supervisor1");
            browser.screenshot("versions");
        }
    }
}
