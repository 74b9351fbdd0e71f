package org.qualityloop.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.Track;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Penalty decisions made public (issue 15, item 6): listed with the fields the publicity rules ask for and the
 * deadline of their rule, exportable, the day made public recorded and the deadline met.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PenaltyPublicityIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired Documents documents;
    @Autowired CaseDeadlines deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDecisionIsListedWithItsFieldsAndDeadlineAndRecordedWhenMadePublic() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile c = decided();
        String number = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.PENALTY_DECISION)
                .findFirst().orElseThrow().number();
        // decided 2026-11-10: twenty working days later is 2026-12-08
        assertThat(deadlines.list(c.id())).anySatisfy(d -> {
            assertThat(d.step()).isEqualTo(Step.PENALTY_PUBLICITY);
            assertThat(d.dueOn()).hasToString("2026-12-08");
        });

        String page = mvc.perform(get("/penalties/publicity").with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(number).contains("杭州示例电器有限公司").contains("罚款人民币 20000 元")
                .contains("产品质量法第四十九条").contains("2026-11-10");
        assertThat(mvc.perform(get("/penalties/publicity").with(user(users.loadUserByUsername("handler2"))))
                .andReturn().getResponse().getContentAsString()).as("another bureau's").doesNotContain(number);

        String refused = mvc.perform(post("/penalties/publicity/" + c.id()).with(csrf())
                        .with(user(users.loadUserByUsername("handler1"))).param("publicizedOn", "2026-11-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("公示日期不能早于处罚决定日期 2026-11-10");
        mvc.perform(post("/penalties/publicity/" + c.id()).with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("publicizedOn", "2026-11-20"))
                .andExpect(status().is3xxRedirection());
        assertThat(deadlines.list(c.id())).anySatisfy(d -> {
            assertThat(d.step()).isEqualTo(Step.PENALTY_PUBLICITY);
            assertThat(d.metOn()).hasToString("2026-11-20");
        });

        byte[] xlsx = mvc.perform(get("/penalties/publicity/export").with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).getCell(0).getText()).isEqualTo("行政处罚决定书文号");
            assertThat(all).anySatisfy(r -> {
                assertThat(r.getCell(0).getText()).isEqualTo(number);
                assertThat(r.getCell(8).getText()).isEqualTo("2026-11-20");
            });
        }
    }

    private CaseFile decided() {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品 300 台", "verifiedOn", "2026-09-29"));
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.INVESTIGATE, "handler1", Map.of("findings", "货值 1 万元", "goodsValue", "10000",
                "proposedFine", "20000", "legalArticles", "产品质量法第四十九条", "completedOn", "2026-10-15"));
        driver.complete(c, Bpmn.Task.LEGAL_REVIEW, "supervisor1",
                Map.of("approved", true, "opinion", "事实清楚", "reviewedOn", "2026-10-20"));
        driver.complete(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1", Map.of("servedOn", "2026-10-21", "proposedFine", "20000"));
        driver.complete(c, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, "handler1",
                Map.of("response", "WAIVE", "receivedOn", "2026-10-23"));
        driver.complete(c, Bpmn.Task.DECIDE_PENALTY, "supervisor1", Map.of("decidedOn", "2026-11-10",
                "servedOn", "2026-11-11", "fineAmount", "20000", "legalArticles", "产品质量法第四十九条"));
        return c;
    }
}
