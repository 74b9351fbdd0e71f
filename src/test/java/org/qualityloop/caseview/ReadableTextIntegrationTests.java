package org.qualityloop.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a person reads names things (issue 14, first pieces): the timeline shows stages and the system by name, the
 * result notice names the institution, never its code.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class ReadableTextIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired Documents documents;
    @Autowired UserAccounts users;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theTimelineAndTheResultNoticeNameWhatTheyMean() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        // silence until the window closes: the system acts, and the timeline says so in words
        driver.fire(driver.timer(c, Bpmn.Process.OBJECTION));
        String page = mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("登记 → 结果送达").doesNotContain("INTAKE → DELIVERY")
                .contains("系统（到期自动）").doesNotContain("· system");

        IssuedDocument notice = documents.list(c.id()).get(0);
        assertThat(notice.body()).contains("经山东省产品质量检验研究院检验").doesNotContain("经LAB-SD检验");
    }
}
