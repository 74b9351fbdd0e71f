package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17, phone first: a handler's and an enterprise's day on a 375 × 812 screen, and the lists a supervisor, an
 * administrator and the public read there. On every page the document is no wider than the screen (no sideways
 * scrolling), lists are cards, and the menu opens from its button.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class PhoneBrowserIntegrationTests {

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    @Autowired Documents documents;

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aHandlersAndAnEnterprisesDayFitAPhone() throws Exception {
        CaseFile c = driver.register();
        String no = c.caseNo();
        try (Browser phone = new Browser("http://localhost:" + port,
                Files.createDirectories(BrowserIntegrationTests.SCREENSHOTS.resolve("phone")), true)) {
            phone.signIn("handler1");
            fits(phone, "handler-inbox");
            assertThat(phone.find("label.menu-button")).isEqualTo("菜单");
            phone.menu();
            fits(phone, "handler-menu");
            phone.openFromInbox(no, Bpmn.Task.ISSUE_RESULT_NOTICE);
            fits(phone, "issue-result-notice");
            phone.submitAndConfirm();
            phone.openFromInbox(no, Bpmn.Task.RECORD_SERVICE);
            assertThat(phone.present("#photos[capture=environment]")).as("the camera offered on a field step").isTrue();
            // the recipient reads the notice and signs on the handler's phone
            phone.click(By.linkText("受送达人当场签收"));
            fits(phone, "signature-page");
            phone.type("signerName", "王经理");
            phone.draw("signature-pad");
            phone.screenshot("signed-pad");
            phone.click(By.id("sign"));
            assertThat(phone.text()).contains("受送达人已当场签收").contains("王经理");
            phone.choose("method-DIRECT");
            phone.choose("addressConfirmed-false");
            phone.choose("coOfficer-handler3");
            fits(phone, "record-service");
            phone.submitAndConfirm();
            IssuedDocument receipt = documents.list(c.id()).stream()
                    .filter(d -> d.kind() == DocumentKind.SERVICE_RECEIPT).findFirst().orElseThrow();
            phone.open("/cases/" + c.id() + "/documents/" + receipt.id());
            assertThat(phone.present("img.signature")).as("the receipt shows the signature").isTrue();
            assertThat(phone.text()).contains("王经理").contains("当场签收");
            fits(phone, "signed-receipt");
            for (String page : new String[] {"/cases", "/cases/" + c.id(), "/oversight", "/notifications"}) {
                phone.open(page);
                fits(phone, "handler" + page.replace('/', '-'));
            }
            phone.signOut();

            phone.signIn("enterprise1");
            fits(phone, "enterprise-portal");
            phone.openTask(no, Bpmn.Task.RESPOND_TO_RESULT);
            fits(phone, "respond-to-result");
            phone.choose("decision-ACCEPT");
            phone.submitAndConfirm();
            phone.open("/cases/" + c.id());
            fits(phone, "enterprise-case");
            phone.signOut();

            phone.signIn("supervisor1");
            for (String page : new String[] {"/inbox", "/oversight", "/cases", "/plans", "/penalties/publicity",
                    "/analytics"}) {
                phone.open(page);
                fits(phone, "supervisor" + page.replace('/', '-'));
            }
            phone.signOut();

            phone.signIn("admin");
            for (String page : new String[] {"/admin/users", "/admin/bureaus", "/admin/enterprises", "/admin/models",
                    "/admin/rules", "/admin/holidays"}) {
                phone.open(page);
                fits(phone, "admin" + page.replace('/', '-'));
            }
            phone.signOut();

            phone.open("/public");
            fits(phone, "public-list");
        }
    }

    private static void fits(Browser phone, String page) {
        phone.screenshot(page);
        assertThat(phone.overflow()).as("%s is wider than a 375 px screen", page).isLessThanOrEqualTo(0);
        assertThat(phone.text()).as(page).doesNotContain("出错了");
    }
}
