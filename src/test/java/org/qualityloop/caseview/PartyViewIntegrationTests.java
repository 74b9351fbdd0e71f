package org.qualityloop.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Track;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise reads its case through an allow-list, on the API and the case page alike: outward acts, its
 * own submissions and tasks, the deadlines that bind it; no internal finding, approval, review, internal
 * task or staff account, whatever track the case is on.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PartyViewIntegrationTests {

    /** The event types an enterprise may read (the allow-list, stated here on its own). */
    private static final Set<String> OUTWARD = Set.of("DOCUMENT_ISSUED", "DOCUMENT_ACKNOWLEDGED", "TASK_COMPLETED",
            "ATTACHMENT_FILED", "DEEMED_SERVED", "DEEMED_ACCEPTED", "STOP_SALE_LIFTED", "STATEMENT_WAIVED",
            "CASE_ARCHIVED", "ENTERPRISE_REMINDER", "DEADLINE_EXTENDED");
    /** The tasks that are the enterprise's own. */
    private static final Set<String> OWN_TASKS = Set.of(Bpmn.Task.RESPOND_TO_RESULT,
            Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE);
    private static final List<String> STAFF = List.of("handler1", "supervisor1", "张承办", "admin");

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired ObjectMapper json;

    @BeforeEach
    void fixClock() {
        CaseDriver.today("2026-12-31");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPenaltyCaseShowsTheEnterpriseNothingOfTheBureausInternalWork() throws Exception {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品三百台", "verifiedOn", "2026-09-29"));
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));

        JsonNode api = enterpriseApi(c);
        assertOnlyOutward(api);
        assertThat(api.get("track").isNull()).as("the classification is the bureau's own assessment").isTrue();
        assertThat(api.toString()).doesNotContain("涉案产品三百台").doesNotContain("立审");

        String page = enterprisePage(c);
        assertThat(page).as("due days carry their weekday").containsPattern("\\d{4}-\\d{2}-\\d{2}（周[一二三四五六日]）");
        assertThat(page).contains("企业提交整改报告").doesNotContain("立案审批").doesNotContain("调查取证")
                .doesNotContain("核查案源线索").doesNotContain("涉案产品三百台");
        STAFF.forEach(name -> assertThat(page).doesNotContain(">" + name + "<").doesNotContain(" · " + name));

        assertThat(staffApi(c).toString()).as("staff still read everything").contains("涉案产品三百台");
    }

    @Test
    void anObjectionShowsTheEnterpriseItsOwnAnswerAndWhatWasServedNotTheReview() throws Exception {
        CaseFile c = driver.served(driver.register(), "2026-12-30");
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "enterprise1", Map.of("decision", "OBJECT",
                "reason", "检验方法与标准不符"));
        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1", Map.of("accepted", true,
                "retest", false, "decidedOn", "2026-12-31"));

        JsonNode api = enterpriseApi(c);
        assertOnlyOutward(api);
        List<String> completed = new ArrayList<>();
        api.get("events").forEach(e -> {
            if ("TASK_COMPLETED".equals(e.get("type").asText())) {
                completed.add(e.get("taskKey").asText());
            }
        });
        assertThat(completed).containsExactly(Bpmn.Task.RESPOND_TO_RESULT);
        assertThat(api.get("documents")).extracting(d -> d.get("kind").asText())
                .contains("RESULT_NOTICE", "OBJECTION_ACCEPTANCE").doesNotContain("SERVICE_RECEIPT");
        String page = enterprisePage(c);
        assertThat(page).doesNotContain("审查异议").doesNotContain("记录送达").doesNotContain("决定是否受理异议");
        STAFF.forEach(name -> assertThat(page).doesNotContain(" · " + name));
    }

    private void assertOnlyOutward(JsonNode api) {
        api.get("events").forEach(e -> {
            assertThat(OUTWARD).as("event %s", e).contains(e.get("type").asText());
            assertThat(STAFF).as("event %s names no staff account", e).doesNotContain(e.get("actor").asText());
            assertThat(e.get("before").isNull() && e.get("after").isNull()).as("no internal state in %s", e).isTrue();
            if (e.hasNonNull("taskKey") && "TASK_COMPLETED".equals(e.get("type").asText())) {
                assertThat(OWN_TASKS).contains(e.get("taskKey").asText());
            }
        });
        api.get("openTasks").forEach(t -> assertThat(OWN_TASKS).contains(t.get("key").asText()));
        api.get("documents").forEach(d -> assertThat(d.get("kind").asText())
                .isNotIn("FILING_APPROVAL", "SERVICE_RECEIPT", "TRANSFER_LETTER", "HANDLING_REPORT"));
        api.get("deadlines").forEach(d -> assertThat(d.get("step").asText())
                .isIn("OBJECTION", "RECTIFICATION", "FIRST_REINSPECTION", "STATEMENT", "FINE_PAYMENT"));
    }

    private JsonNode enterpriseApi(CaseFile c) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("enterprise1", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode staffApi(CaseFile c) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("handler1", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String enterprisePage(CaseFile c) throws Exception {
        return mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("enterprise1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
