package org.qualityloop.process.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
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
 * Each decision is taken with its material in view (issue 14, item 1): the records it rests on above the form,
 * the proposal pre-filled where there is one, and the same material in the API's task form.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class DecisionMaterialIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;

    @BeforeEach
    void today() {
        CaseDriver.today("2026-12-31");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theObjectionsReasonAndDateAreOnItsAcceptanceAndTheReTestOnTheApproval() throws Exception {
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存条件不当，温度超出规定", "receivedOn", "2026-09-30"));

        String acceptance = page(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1");
        assertThat(material(acceptance)).contains("申请复检").contains("备样保存条件不当，温度超出规定").contains("2026-09-30");
        String api = api(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1");
        assertThat(JsonPath.<List<String>>read(api, "$.material.facts[*].value"))
                .contains("申请复检", "备样保存条件不当，温度超出规定");

        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
        driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
        driver.complete(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE, "lab1", Map.of("receivedOn", "2026-10-12"));
        String lab = material(page(c, Bpmn.Task.RECORD_RETEST_RESULT, "lab1"));
        assertThat(lab).as("the institution sees the sample, not the enterprise's reasons")
                .contains("2026-10-12").doesNotContain("温度超出规定");
        driver.complete(c, Bpmn.Task.RECORD_RETEST_RESULT, "lab1",
                Map.of("conclusion", "CONFORMING", "reportNo", "FJ-2026-001", "concludedOn", "2026-10-20"));

        String approval = material(page(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1"));
        assertThat(approval).contains("复检结论").contains("合格").contains("FJ-2026-001").contains("异议成立")
                .doesNotContain("CONFORMING").doesNotContain("UPHELD");
    }

    @Test
    void classificationShowsTheSuggestionAndItsInputsWithTheSuggestionChosen() throws Exception {
        CaseFile c = driver.accepted(driver.register(CaseDriver.request("SAFETY", "儿童用品")));
        String page = page(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1");
        assertThat(material(page)).contains("系统建议分类").contains("严重").contains("安全项目").contains("儿童用品");
        assertThat(page).as("the suggestion is pre-selected").contains("value=\"SERIOUS\" checked");
    }

    @Test
    void thePenaltyStepsShowTheLeadTheInvestigationAndWhatThePartySaid() throws Exception {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品 300 台，已售出 120 台", "verifiedOn", "2026-09-29"));
        assertThat(material(page(c, Bpmn.Task.APPROVE_FILING, "supervisor1")))
                .contains("涉案产品 300 台，已售出 120 台").contains("立案");
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.INVESTIGATE, "handler1", Map.of("findings", "货值 1 万元，违法所得 3000 元",
                "goodsValue", "10000", "proposedFine", "25000", "legalArticles", "产品质量法第四十九条",
                "completedOn", "2026-10-15"));
        driver.complete(c, Bpmn.Task.LEGAL_REVIEW, "supervisor1",
                Map.of("approved", true, "opinion", "事实清楚，证据确凿", "reviewedOn", "2026-10-20"));

        String notice = page(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1");
        assertThat(material(notice)).contains("货值 1 万元，违法所得 3000 元").contains("25000 元").contains("事实清楚，证据确凿");
        assertThat(notice).as("the proposed fine carried into the notice's field")
                .containsPattern("name=\"proposedFine\"[^>]*value=\"25000\"|value=\"25000\"[^>]*name=\"proposedFine\"");

        driver.complete(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1", Map.of("servedOn", "2026-10-21", "proposedFine", "20000"));
        driver.complete(c, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, "handler1",
                Map.of("response", "HEARING", "statement", "首次违法，请求从轻处罚", "receivedOn", "2026-10-23"));
        driver.complete(c, Bpmn.Task.HOLD_HEARING, "handler1",
                Map.of("heldOn", "2026-11-05", "record", "当事人承认违法事实，提交整改证明"));
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已召回", "stopSaleConfirmed", true, "submittedOn", "2026-11-06"));
        driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-08", "passed", true, "reportNo", "FC-1"));

        String decision = page(c, Bpmn.Task.DECIDE_PENALTY, "supervisor1");
        assertThat(material(decision)).contains("首次违法，请求从轻处罚").contains("当事人承认违法事实，提交整改证明")
                .contains("申请听证").contains("20000 元").doesNotContain("HEARING");
        assertThat(decision).containsPattern("name=\"fineAmount\"[^>]*value=\"20000\"|value=\"20000\"[^>]*name=\"fineAmount\"");
    }

    @Test
    void thePublicationApprovalShowsTheTextThatWillBePublished() throws Exception {
        CaseFile c = driver.handlingReported();
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格（泄漏电流）"));

        assertThat(material(page(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1")))
                .contains("产品：电热水壶；企业：杭州示例电器有限公司；不合格项目：泄漏电流；处理情况：责令整改，复查合格（泄漏电流）");
    }

    @Test
    void theHandlingReportStartsFromWhatTheCaseIssued() throws Exception {
        CaseFile c = driver.rectifying(Track.GENERAL);
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "更换电源线组件",
                "disposal", "已下架并召回 120 台", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
        driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-25", "passed", true, "reportNo", "FC-2026-11-25"));

        String page = page(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1");
        assertThat(material(page)).contains("已制发的文书").contains("责令整改通知书（370983责改〔2026〕")
                .contains("复查记录").contains("报送处理情况");
        assertThat(page).as("the summary starts from the documents issued, editable")
                .containsPattern("<textarea[^>]*name=\"summary\"[^>]*>已依法制发检验结论告知书");
    }

    private String page(CaseFile c, String taskKey, String username) throws Exception {
        return mvc.perform(get("/tasks/" + driver.task(c, taskKey).getId()).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString();
    }

    private String api(CaseFile c, String taskKey, String username) throws Exception {
        return mvc.perform(get("/api/v1/tasks/" + driver.task(c, taskKey).getId())
                        .with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString();
    }

    /** The material section of a task page, which must be there. */
    private static String material(String page) {
        int start = page.indexOf("id=\"material\"");
        assertThat(start).as("the page has a material section").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
