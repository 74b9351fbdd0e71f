package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.DueState;
import org.qualityloop.casefile.CaseAging;
import org.qualityloop.casefile.Stage;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.worklist.Dashboard;
import org.qualityloop.worklist.TaskList;
import org.qualityloop.worklist.TaskTally;
import org.qualityloop.worklist.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers against a data set built by hand in a bureau tree of its own (990000), with
 * today fixed, so every count is known in advance. Each test rolls back, leaving the shared database
 * (and the read-model check of other tests) untouched.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
@Transactional
public class DashboardIntegrationTests {

    @Autowired Dashboard dashboard;
    @Autowired CaseAging aging;
    @Autowired TaskList taskList;
    @Autowired Scope scope;
    @Autowired TaskCatalog catalog;
    @Autowired Bureaus bureaus;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TaskTally tally;

    private final Map<String, UUID> cases = new java.util.HashMap<>();

    @BeforeEach
    void handBuiltDataSet() {
        // Wednesday; due soon runs to Monday 11-23 (three working days: 19, 20, 23)
        CaseDriver.today("2026-11-18");
        bureaus.add("990000", "测试省局", null);
        bureaus.add("990100", "测试市局", "990000");
        bureaus.add("990101", "测试甲县局", "990100");
        bureaus.add("990102", "测试乙县局", "990100");
        users.create("sup99", "pw", "测试科长", Role.SUPERVISOR, "990100", null, null);
        users.create("h991", "pw", "甲县承办", Role.HANDLER, "990101", null, null);
        users.create("h992", "pw", "乙县承办", Role.HANDLER, "990102", null, null);
        caseFile("C1", "990101", Stage.RECTIFICATION, "2026-11-01", "OPEN");
        caseFile("C2", "990101", Stage.OBJECTION, "2026-09-01", "OPEN");
        caseFile("C3", "990102", Stage.PENALTY, "2026-05-01", "OPEN");
        caseFile("C4", "990100", Stage.PUBLICATION, "2026-10-19", "OPEN");
        caseFile("C5", "990101", Stage.ARCHIVED, "2026-01-05", "ARCHIVED");
        task("T1", "C1", "rectification", "h991", "2026-11-10", true);
        task("T2", "C1", "rectification", null, "2026-11-18", true);
        task("T3", "C2", "objection", "h991", "2026-11-23", true);
        task("T4", "C2", "objection", null, "2026-11-24", true);
        task("T5", "C3", "penalty", "h992", "2026-11-17", true);
        task("T6", "C3", "penalty", "h992", "2027-03-01", false);
        task("T7", "C4", "publication", null, null, true);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsByStageAndDueStateMatchTheDataSet() {
        var byStage = dashboard.byStage(scope.of(actor("sup99")), catalog.stages());
        assertThat(byStage.get("rectification")).isEqualTo(new Dashboard.Counts(1, 1, 0, 0));
        assertThat(byStage.get("objection")).isEqualTo(new Dashboard.Counts(0, 1, 1, 0));
        assertThat(byStage.get("penalty")).isEqualTo(new Dashboard.Counts(1, 0, 1, 1));
        assertThat(byStage.get("publication")).isEqualTo(new Dashboard.Counts(0, 0, 1, 0));
        assertThat(byStage.get("delivery")).isEqualTo(new Dashboard.Counts(0, 0, 0, 0));
        assertThat(dashboard.total(byStage)).isEqualTo(new Dashboard.Counts(2, 2, 3, 1));

        var workload = dashboard.workload(scope.of(actor("sup99")));
        while (tally.fold(10_000) > 0) {
            // the counts come from deltas until a fold moves them into the tally; then from the tally
        }
        assertThat(jdbc.sql("select count(*) from task_tally where bureau_code like '99%'").query(Long.class).single())
                .as("one cell per bureau, stage, assignee, due day and verification").isEqualTo(7);
        assertThat(dashboard.byStage(scope.of(actor("sup99")), catalog.stages())).isEqualTo(byStage);
        assertThat(dashboard.workload(scope.of(actor("sup99")))).isEqualTo(workload);
    }

    @Test
    void bureausRollUpAlongTheTreeAndWorkloadCountsPerPerson() {
        var lines = dashboard.byBureau(scope.of(actor("sup99")));
        assertThat(lines).extracting(Dashboard.BureauLine::code).containsExactly("990100", "990101", "990102");
        assertThat(lines.get(0).subtree()).isEqualTo(new Dashboard.Counts(2, 2, 3, 1));
        assertThat(lines.get(0).own()).isEqualTo(new Dashboard.Counts(0, 0, 1, 0));
        assertThat(lines.get(1).subtree()).isEqualTo(new Dashboard.Counts(1, 2, 1, 0));
        assertThat(lines.get(2).subtree()).isEqualTo(new Dashboard.Counts(1, 0, 1, 1));
        assertThat(lines.get(1).depth()).isEqualTo(1);

        var workload = dashboard.workload(scope.of(actor("sup99")));
        assertThat(workload).extracting(Dashboard.Workload::username).containsExactly("h991", "h992", null);
        assertThat(workload.get(0).counts()).isEqualTo(new Dashboard.Counts(1, 1, 0, 0));
        assertThat(workload.get(1).counts()).isEqualTo(new Dashboard.Counts(1, 0, 1, 1));
        assertThat(workload.get(2).counts()).isEqualTo(new Dashboard.Counts(0, 1, 2, 0));
    }

    @Test
    void agingCountsOpenCasesByStageAndBand() {
        var counts = aging.counts(scope.of(actor("sup99")));
        assertThat(counts.keySet()).containsExactly(Stage.OBJECTION, Stage.RECTIFICATION, Stage.PENALTY, Stage.PUBLICATION);
        assertThat(counts.get(Stage.RECTIFICATION).get(CaseAging.Band.UP_TO_30)).isEqualTo(1);
        assertThat(counts.get(Stage.OBJECTION).get(CaseAging.Band.UP_TO_90)).isEqualTo(1);
        assertThat(counts.get(Stage.PENALTY).get(CaseAging.Band.OVER_180)).isEqualTo(1);
        // registered 30 days ago: still in the first band
        assertThat(counts.get(Stage.PUBLICATION).get(CaseAging.Band.UP_TO_30)).isEqualTo(1);
        assertThat(aging.page(scope.of(actor("sup99")), Stage.PENALTY, CaseAging.Band.OVER_180, 0).rows())
                .extracting(CaseAging.Row::caseNo).containsExactly("T-C3");
    }

    @Test
    void theListBehindANumberHoldsExactlyThoseTasksMostOverdueFirst() {
        var overdue = taskList.page(new TaskList.Query(scope.of(actor("sup99")), null, DueState.OVERDUE, false, null,
                TaskList.Sort.MOST_OVERDUE, 0));
        assertThat(overdue.rows()).extracting(WorkItem::taskId).containsExactly("T1", "T5");
        assertThat(overdue.rows()).extracting(WorkItem::daysOverdue).containsExactly(8L, 1L);
        var unclaimedSoon = taskList.page(new TaskList.Query(scope.narrowed(actor("sup99"), "990101"), null,
                DueState.DUE_SOON, false, TaskList.UNCLAIMED, null, 0));
        assertThat(unclaimedSoon.rows()).extracting(WorkItem::taskId).containsExactly("T2");
    }

    @Test
    void dashboardPageShowsTheCountsAndLinksEachToItsList() throws Exception {
        String page = mvc.perform(get("/oversight").with(user(users.loadUserByUsername("sup99"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/oversight/tasks?stage=rectification&amp;due=OVERDUE\"");
        assertThat(page).containsPattern("id=\"tile-overdue\"[^>]*>\\s*<strong>2</strong>");
        assertThat(page).containsPattern("(?s)data-bureau=\"990101\">.*?data-count=\"total\"[^>]*>4<");
        assertThat(page).contains("<svg id=\"aging-chart\"").contains("data-band=\"OVER_180\" data-count=\"1\"");
        assertThat(page).doesNotContain("data-bureau=\"370983\"");

        String list = mvc.perform(get("/oversight/tasks").param("stage", "penalty").param("due", "OVERDUE")
                        .with(user(users.loadUserByUsername("sup99"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("T-C3").doesNotContain("T-C1");
    }

    @Test
    void exportsTheSameListAsCsvAndXlsx() throws Exception {
        byte[] csv = mvc.perform(get("/oversight/tasks/export").param("due", "OVERDUE").param("format", "CSV")
                        .with(user(users.loadUserByUsername("sup99"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF案件编号,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("T-C1,").contains(",2026-11-10,8,");
        assertThat(lines.get(2)).startsWith("T-C3,");

        byte[] xlsx = mvc.perform(get("/oversight/tasks/export").param("due", "OVERDUE").param("format", "XLSX")
                        .with(user(users.loadUserByUsername("sup99"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("T-C1");
            assertThat(rows.get(1).getCellAsNumber(8)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(8));
        }
    }

    @Test
    void scopeHoldsForSupervisorsAndHandlers() throws Exception {
        // the demo tree: supervisor1 oversees Tai'an (370900) and both counties below it
        assertThat(scope.of(actor("supervisor1"))).contains("370900", "370983", "370902").doesNotContain("990101");
        assertThat(scope.of(actor("handler2"))).containsExactly("370902");
        String page = mvc.perform(get("/oversight").with(user(users.loadUserByUsername("supervisor1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-bureau=\"370983\"", "data-bureau=\"370902\"").doesNotContain("data-bureau=\"990101\"");
        String handler = mvc.perform(get("/oversight").with(user(users.loadUserByUsername("handler2"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(handler).contains("data-bureau=\"370902\"").doesNotContain("data-bureau=\"370983\"");
        var handlerRows = taskList.page(new TaskList.Query(scope.narrowed(actor("handler2"), "370983"), null, null,
                false, null, null, 0));
        assertThat(handlerRows.total()).isZero();
        mvc.perform(get("/oversight").with(user(users.loadUserByUsername("enterprise1")))).andExpect(status().isForbidden());
        mvc.perform(get("/oversight/tasks/export").with(user(users.loadUserByUsername("enterprise1"))))
                .andExpect(status().isForbidden());
    }

    private Actor actor(String username) {
        return users.loadUserByUsername(username).actor();
    }

    private void caseFile(String key, String bureau, Stage stage, String registeredOn, String status) {
        UUID id = UUID.randomUUID();
        cases.put(key, id);
        jdbc.sql("""
                insert into case_file (id, case_no, report_no, intake_fingerprint, product_name, product_category,
                  sampled_on, report_issued_on, registered_on, registered_at, registered_by, sampled_uscc, sampled_name,
                  bureau_code, organizing_bureau_code, institution, adulteration_suspected, status, stage,
                  stop_sale_active)
                values (?, ?, ?, 'x', '测试产品', '家用电器', ?, ?, ?, ?, 'h991', '91330106MA2H4K7P16', '测试企业',
                  ?, ?, 'LAB', false, ?, ?, true)""")
                .params(id, "T-" + key, "R-" + id, LocalDate.parse(registeredOn), LocalDate.parse(registeredOn),
                        LocalDate.parse(registeredOn), Timestamp.valueOf(registeredOn + " 10:00:00"), bureau, bureau,
                        status, stage.name())
                .update();
    }

    private void task(String id, String caseKey, String stage, String assignee, String due, boolean verified) {
        jdbc.sql("""
                insert into open_task (task_id, case_id, task_key, stage, assignee, candidate_groups, bureau_code,
                  created_at, due_on, due_verified, case_no, product_name, enterprise_name)
                select ?, id, 'issueRectificationOrder', ?, ?, ',handler-' || bureau_code || ',', bureau_code, ?, ?, ?,
                  case_no, product_name, sampled_name
                from case_file where id = ?""")
                .params(id, stage, assignee, Timestamp.valueOf("2026-11-02 10:00:00"),
                        due == null ? null : LocalDate.parse(due), verified, cases.get(caseKey))
                .update();
        // counted as the projection counts a new task: a delta, folded or not
        jdbc.sql("""
                insert into task_tally_delta (bureau_code, stage, assignee, due_on, due_verified, n)
                select bureau_code, stage, assignee, due_on, due_verified, 1 from open_task where task_id = ?""")
                .param(id).update();
    }
}
