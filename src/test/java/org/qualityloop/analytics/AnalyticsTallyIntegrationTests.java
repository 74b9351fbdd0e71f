package org.qualityloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Track;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.transactions.FollowUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tally the analytics read, against cases driven through the loop on a database of their own: endings as the
 * loop reached them (a failed first re-inspection is no "rectified the first time", even before anything else
 * happens), days per stage, a moved case and its running deadlines counted at its new bureau, and the tally equal
 * to a fresh count.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class AnalyticsTallyIntegrationTests {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "tally");
        registry.add("qualityloop.demo.cases", () -> "false");
    }

    @Autowired CaseDriver driver;
    @Autowired RiskAnalytics analytics;
    @Autowired AnalyticsTally tally;
    @Autowired CaseFiles cases;
    @Autowired CaseEvents events;
    @Autowired UserAccounts users;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MockMvc mvc;
    @Autowired FollowUps followUps;

    static boolean built;
    static CaseFile passed;
    static CaseFile failed;

    @BeforeEach
    void buildOnce() {
        if (built) {
            return;
        }
        built = true;
        try {
            // registered 09-01 10:00, served 09-22 10:00, accepted 09-25 10:00: 21 days in delivery, 3 in objection
            CaseDriver.today("2026-09-01");
            passed = driver.register(CaseDriver.request("LABELLING", "家用电器"));
            failed = driver.register(CaseDriver.request("LABELLING", "家用电器"));
            for (CaseFile c : List.of(passed, failed)) {
                CaseDriver.today("2026-09-15");
                driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
                CaseDriver.today("2026-09-22");
                driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", "2026-09-22"));
                CaseDriver.today("2026-09-25");
                driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                        Map.of("decision", "ACCEPT", "receivedOn", "2026-09-25"));
                driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1",
                        Map.of("track", Track.GENERAL.name(), "confirmedOn", "2026-09-25"));
                driver.complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                        Map.of("orderedOn", "2026-09-25", "requirements", "更换不合格电源线，召回已售产品"));
                CaseDriver.today("2026-11-20");
                driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "更换电源线组件",
                        "disposal", "已下架并召回 120 台", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
            }
            CaseDriver.today("2026-11-25");
            driver.complete(passed, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                    Map.of("inspectedOn", "2026-11-25", "passed", true, "reportNo", "FC-2026-11-25"));
            driver.complete(failed, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                    Map.of("inspectedOn", "2026-11-25", "passed", false, "reportNo", "FC-2026-11-26"));
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
    void aFailedFirstReinspectionIsNotARectificationTheFirstTime() throws Exception {
        Analysis a = analytics.analyse(driver.actor("admin"), 2026, 2026, null);
        Ending firstTime = a.endings().stream().filter(e -> e.key().equals("RECTIFIED_FIRST_TIME")).findFirst()
                .orElseThrow();
        assertThat(firstTime.cases()).isEqualTo(1);
        // the list the number links to holds the case that passed and not the one that failed
        String list = page("/cases?from=2026-01-01&to=2026-12-31&task=" + Bpmn.Task.RECORD_FIRST_REINSPECTION
                + "&state=reinspectionPassed%3Dtrue");
        assertThat(list).contains("共 1 件").contains(passed.caseNo()).doesNotContain(failed.caseNo()).contains("复查合格");
    }

    @Test
    void eachStageIsTimedFromEnteringToLeaving() {
        Analysis a = analytics.analyse(driver.actor("admin"), 2026, 2026, null);
        assertThat(a.stages()).extracting(Analysis.StageTime::stage, Analysis.StageTime::cases,
                        Analysis.StageTime::meanDays)
                .startsWith(tuple("DELIVERY", 2L, 21.0), tuple("OBJECTION", 2L, 3.0));
        // rectification runs from its start (09-25) to its end: only the case that passed its re-inspection ended it
        assertThat(a.stages()).filteredOn(s -> s.stage().equals("RECTIFICATION"))
                .extracting(Analysis.StageTime::cases, Analysis.StageTime::meanDays).containsExactly(tuple(1L, 61.0));
    }

    @Test
    void aMovedCaseIsCountedAtItsNewBureauAndTheTallyEqualsAFreshCount() {
        CaseFile moved = driver.register(CaseDriver.request("SAFETY", "儿童用品"));
        transactions.executeWithoutResult(s -> {
            cases.moveTo(moved.id(), "370902");
            events.system(moved.id(), CaseEventType.JURISDICTION_TRANSFERRED, "370983 → 370902", null);
        });
        followUps.run();
        int year = moved.intake().registeredOn().getYear();
        List<AnalyticsTally.Cell> cells = tally.cells(analytics.scope(driver.actor("admin"), year, year, null));
        assertThat(cells).filteredOn(c -> c.measure() == Measure.RESULT && c.category().equals("儿童用品"))
                .extracting(AnalyticsTally.Cell::bureauCode, AnalyticsTally.Cell::cases)
                .containsExactly(tuple("370902", 1L));
        // its running deadline went with it: counted at the new bureau, no longer at the old
        assertThat(analytics.analyse(driver.actor("admin"), year, year, "370902").steps())
                .extracting(Analysis.StepCount::step, Analysis.StepCount::deadlines)
                .containsExactly(tuple("RESULT_NOTICE", 1L));
        assertThat(analytics.analyse(driver.actor("admin"), year, year, "370983").steps())
                .filteredOn(s -> s.step().equals("RESULT_NOTICE")).extracting(Analysis.StepCount::deadlines)
                .containsExactly(2L); // the two notices issued in September

        assertThat(tally.differences()).isEmpty();
        // counting every case afresh changes nothing: what was kept as the cases moved is what they say now
        List<UUID> all = new ArrayList<>();
        for (List<UUID> ids = cases.idsAfter(null, 500); !ids.isEmpty(); ids = cases.idsAfter(ids.get(ids.size() - 1), 500)) {
            all.addAll(ids);
        }
        Integer changed = transactions.execute(s -> tally.refresh(all));
        assertThat(changed).isZero();
        tally.fold(10_000);
        assertThat(tally.differences()).isEmpty();
        assertThat(tally.cells(analytics.scope(driver.actor("admin"), year, year, null))).isEqualTo(cells);
    }

    @Test
    void aCaseChangedInAnInnerTransactionIsCountedAfterItsCommitThoughTheOuterOneRollsBack() {
        // registered in a year of their own, so the moves below stay out of the other tests' figures
        CaseFile outerCase;
        CaseFile innerCase;
        try {
            CaseDriver.today("2029-03-01");
            outerCase = driver.register(CaseDriver.request("LABELLING", "家用电器"));
            innerCase = driver.register(CaseDriver.request("LABELLING", "家用电器"));
        } finally {
            ClockUtil.reset();
        }
        followUps.run();
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(transactionManager).executeWithoutResult(outer -> {
            cases.moveTo(outerCase.id(), "370902");
            events.system(outerCase.id(), CaseEventType.JURISDICTION_TRANSFERRED, "370983 → 370902", null);
            inner.executeWithoutResult(s -> {
                cases.moveTo(innerCase.id(), "370902");
                events.system(innerCase.id(), CaseEventType.JURISDICTION_TRANSFERRED, "370983 → 370902", null);
            });
            outer.setRollbackOnly();
        });
        // the inner move written down for counting when it committed, the outer one undone with its follow-up
        assertThat(followUps.waiting()).isEqualTo(1);
        assertThat(followUps.run()).isEqualTo(1);
        // counted: counting again changes nothing
        assertThat(cases.findById(innerCase.id()).orElseThrow().bureauCode()).isEqualTo("370902");
        assertThat(cases.findById(outerCase.id()).orElseThrow().bureauCode()).isEqualTo("370983");
        Integer changed = transactions.execute(s -> tally.refresh(List.of(innerCase.id(), outerCase.id())));
        assertThat(changed).isZero();
    }

    @Test
    void repeatEnterprisesPassOverOneWhoseResultsFillTheFirstRead() {
        // B fails twice in March, A twenty-one times in April: the twenty repeat results read first are all A's
        String a = CaseDriver.creditCode();
        String b = CaseDriver.creditCode();
        try {
            CaseDriver.today("2027-03-03");
            for (int i = 0; i < 2; i++) {
                driver.register(CaseDriver.request("LABELLING", "家用电器", b));
            }
            CaseDriver.today("2027-04-01");
            for (int i = 0; i < 21; i++) {
                driver.register(CaseDriver.request("LABELLING", "家用电器", a));
            }
        } finally {
            ClockUtil.reset();
        }
        followUps.run();
        assertThat(tally.repeatEnterprises(analytics.scope(driver.actor("admin"), 2027, 2027, null), 2))
                .containsExactly(a, b);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(URI.create(path)).with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
