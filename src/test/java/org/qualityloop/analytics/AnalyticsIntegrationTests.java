package org.qualityloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.plans.Plans;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures against a data set built by hand on a database of its own: six results of 2026 (one overturned on
 * objection) and the plans of 2025 and 2026 with their batches.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class AnalyticsIntegrationTests {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "analytics");
        // the demo's users and bureaus, but none of its cases or plans: every figure comes from the set built here
        registry.add("qualityloop.demo.cases", () -> "false");
    }

    static final String E1 = "91330106MA2H4K7P16";
    static final String E2 = "91350200776049653A";

    @Autowired CaseDriver driver;
    @Autowired IntakeService intake;
    @Autowired Plans plans;
    @Autowired RiskAnalytics analytics;
    @Autowired AnalyticsTally tally;
    @Autowired org.qualityloop.transactions.FollowUps followUps;
    @Autowired UserAccounts users;
    @Autowired MockMvc mvc;

    static boolean built;
    static CaseFile overturned;

    @BeforeEach
    void buildOnce() {
        if (built) {
            return;
        }
        built = true;
        try {
            Actor organiser = users.loadUserByUsername("supervisor1").actor();
            plans.create(organiser, "T-2025", "2025年测试计划", 2025, "370900",
                    "家用电器,370983,20\n儿童用品,370902,10");
            plans.create(organiser, "T-2026", "2026年测试计划", 2026, "370900",
                    "家用电器,370983,10\n家用电器,370902,5\n儿童用品,370902,20");
            // A: notice issued on 09-15, 13 days after registration, past its 5 working days
            CaseDriver.today("2026-09-02");
            CaseFile a = register(E1, "家用电器", "LABELLING", "370983", "handler1");
            CaseDriver.today("2026-09-11");
            CaseFile b = register(E1, "家用电器", "LABELLING", "370983", "handler1");
            register(E2, "家用电器", "SAFETY", "370983", "handler1");
            register(E2, "电线电缆", "SAFETY", "370983", "handler1");
            register(CaseDriver.creditCode(), "儿童用品", "SAFETY", "370902", "handler2");
            overturned = register(CaseDriver.creditCode(), "家用电器", "LABELLING", "370983", "handler1");
            CaseDriver.today("2026-12-01");
            driver.served(a, "2026-09-22");
            driver.served(b, "2026-09-22");
            driver.served(overturned, "2026-09-22");
            overturn(overturned);
            followUps.run();
        } finally {
            ClockUtil.reset();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void ratesAreResultsOverThePlannedBatches() {
        assertThat(driver.reload(overturned).outcome()).isEqualTo(CaseOutcome.OVERTURNED);
        Analysis a = analytics.analyse(actor("admin"), 2024, 2026, null);
        assertThat(a.byCategory()).containsExactly(new Rate("家用电器", 3, 15), new Rate("儿童用品", 1, 20),
                new Rate("电线电缆", 1, 0));
        assertThat(a.byCategory()).extracting(Rate::percent).containsExactly(20.0, 5.0, null);
        assertThat(a.byBureau()).containsExactly(new Rate("370983", 4, 10), new Rate("370902", 1, 25));
        assertThat(a.byYear()).containsExactly(new Rate("2024", 0, 0), new Rate("2025", 0, 30), new Rate("2026", 5, 35));
        assertThat(a.byYear().get(2).percent()).isEqualTo(14.3);
        assertThat(a.items()).containsExactly(new Analysis.ItemCount("泄漏电流", 5));
        assertThat(a.repeatEnterprises()).extracting(EnterpriseTarget::uscc, EnterpriseTarget::cases)
                .containsExactlyInAnyOrder(tuple(E1, 2L), tuple(E2, 2L));
        assertThat(a.endings()).filteredOn(e -> e.key().equals("OVERTURNED")).extracting(Ending::cases).containsExactly(1L);
        assertThat(a.endings()).filteredOn(e -> e.key().equals("PENALTY")).extracting(Ending::cases).containsExactly(0L);
    }

    @Test
    void anEnterprisesStandingResultsAreKeptByYearAndBureauAndAnOverturnedOneLeavesThem() {
        var province = analytics.scope(actor("admin"), 2024, 2026, null);
        List<String> asked = List.of(E1, E2, driver.reload(overturned).enterpriseUscc());
        List<AnalyticsTally.EnterpriseResults> expected = List.of(new AnalyticsTally.EnterpriseResults(E1, 2),
                new AnalyticsTally.EnterpriseResults(E2, 2));
        assertThat(tally.resultsOf(province, asked)).as("the overturned result counted in, then out")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tally.resultsOf(analytics.scope(actor("admin"), 2024, 2026, "370902"), asked)).isEmpty();
        assertThat(tally.resultsOf(analytics.scope(actor("admin"), 2025, 2025, null), asked)).isEmpty();
        tally.foldResults(10_000);
        assertThat(tally.resultsOf(province, asked)).as("folded").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tally.differences()).isEmpty();
    }

    @Test
    void stepsCountDaysTakenAndDeadlinesMissed() {
        Analysis.StepCount notice = analytics.analyse(actor("admin"), 2026, 2026, null).steps().stream()
                .filter(s -> s.step().equals("RESULT_NOTICE")).findFirst().orElseThrow();
        // six notices due; A late, the three never issued past due; A 13 days, B and the overturned one 4 each
        assertThat(notice.deadlines()).isEqualTo(6);
        assertThat(notice.missed()).isEqualTo(4);
        assertThat(notice.completed()).isEqualTo(3);
        assertThat(notice.meanDays()).isEqualTo(7.0);
    }

    @Test
    void nextYearsTargetsAreRankedWithTheirReasons() {
        Analysis a = analytics.analyse(actor("admin"), 2025, 2026, null);
        // 家用电器: 20 points of rate, 20 of rise from 0 %, 2 for E2's safety item, 3 for E1's second result (E1
        // had failed nine days before); 电线电缆: 2 for its safety item, 3 as E2's second result that day
        assertThat(a.categoryTargets()).extracting(CategoryTarget::category, CategoryTarget::points)
                .containsExactly(tuple("家用电器", 45.0),
                        tuple("儿童用品", 12.0),
                        tuple("电线电缆", 5.0));
        CategoryTarget appliances = a.categoryTargets().get(0);
        assertThat(appliances.reasons()).extracting(CategoryTarget.Reason::key)
                .containsExactly("rate", "rising", "safety", "repeat");
        assertThat(appliances.proposed()).containsExactly(new CategoryTarget.Batches("370902", 5, 5),
                new CategoryTarget.Batches("370983", 10, 13));
        assertThat(a.targetYear()).isEqualTo(2027);
    }

    @Test
    void aSupervisorSeesTheSubtreeAndTheLinksListWhatIsCounted() throws Exception {
        users.create("supervisor-taishan", "Demo-2026-analytics", "泰山区科长", Role.SUPERVISOR, "370902", null, null);
        Analysis taishan = analytics.analyse(actor("supervisor-taishan"), 2026, 2026, null);
        assertThat(taishan.byCategory()).containsExactly(new Rate("儿童用品", 1, 20), new Rate("家用电器", 0, 5));
        // another bureau asked for by name gives nothing, not its figures
        assertThat(analytics.analyse(actor("supervisor-taishan"), 2026, 2026, "370983").byCategory()).isEmpty();
        assertThatThrownBy(() -> analytics.analyse(actor("handler1"), 2026, 2026, null))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/analytics").with(user(users.loadUserByUsername("handler1")))).andExpect(status().isForbidden());

        // a year typed wrong into the address is set right and said so, not an error page
        assertThat(page("/analytics?from=abc&to=2026", "supervisor1")).contains("统计年份已调整为 2024—2026 年");
        String page = page("/analytics?from=2025&to=2026", "supervisor1");
        assertThat(page).contains("20.0%").contains("id=\"category-chart\"").contains("家用电器").contains("2027");
        // the number of 家用电器 results leads to exactly those three cases
        String list = page("/cases?from=2026-01-01&to=2026-12-31&outcome=UPHELD&category=家用电器", "supervisor1");
        assertThat(list).contains("共 3 件").contains("产品类别：家用电器");
        assertThat(page("/cases?from=2026-01-01&to=2026-12-31&outcome=OVERTURNED", "supervisor1"))
                .contains(overturned.caseNo()).contains("共 1 件");
        assertThat(page("/cases?from=2026-01-01&to=2026-12-31&missed=RESULT_NOTICE", "supervisor1")).contains("共 4 件");

        byte[] xlsx = mvc.perform(get("/analytics.xlsx?from=2025&to=2026").with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("家用电器");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("20");
        }
        String draft = mvc.perform(get("/analytics/plan-draft.csv?from=2025&to=2026")
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(draft).startsWith("家用电器,370902,5\r\n家用电器,370983,13\r\n");
    }

    private CaseFile register(String uscc, String category, String hazard, String bureau, String handler) {
        IntakeRequest r = CaseDriver.request(hazard, category);
        IntakeRequest request = new IntakeRequest(r.reportNo(), r.product(), r.sampledAt(), r.reportIssuedAt(),
                r.failedItems(), new IntakeRequest.PartyData(uscc, "企业" + uscc.substring(12), "泰安市"), null, bureau,
                "370900", r.institution(), r.spotCheckPlan(), false);
        return intake.register(request, actor(handler)).caseFile();
    }

    private void overturn(CaseFile c) {
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存条件不当", "receivedOn", "2026-09-30"));
        driver.complete(c, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", true, "decidedOn", "2026-10-09"));
        driver.complete(c, Bpmn.Task.ARRANGE_RETEST, "handler1", Map.of("feePaid", true, "sampleSentOn", "2026-10-10"));
        driver.complete(c, Bpmn.Task.RECEIVE_RETEST_SAMPLE, "lab1", Map.of("receivedOn", "2026-10-12"));
        driver.complete(c, Bpmn.Task.RECORD_RETEST_RESULT, "lab1",
                Map.of("conclusion", "CONFORMING", "reportNo", "FJ-2026-001", "concludedOn", "2026-10-20"));
        driver.complete(c, Bpmn.Task.APPROVE_OBJECTION_DECISION, "supervisor1",
                Map.of("approved", true, "decidedOn", "2026-10-21"));
    }

    private Actor actor(String username) {
        return users.loadUserByUsername(username).actor();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
