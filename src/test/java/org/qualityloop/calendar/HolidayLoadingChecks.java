package org.qualityloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Track;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Loading a year's holiday notice (issue 13): checked line by line, previewed without storing, then stored with
 * every deadline, task due date and timer that reached into the year recounted and marked verified, an event on
 * the case, the enterprise told, the change on the audit trail; another node counts with it without a restart.
 * Each run has a database of its own: the year it loads would change what every other test expects.
 */
public abstract class HolidayLoadingChecks {

    /** A calendar made up for the test: 2027-01-04, the day a rectification ordered 2026-11-02 ends, is a rest day. */
    static final String NOTICE = """
            date,kind,name
            2027-01-01,HOLIDAY,元旦
            2027-01-04,HOLIDAY,测试假日
            2027-01-09,WORKDAY,测试调休
            2027-02-05,HOLIDAY,春节
            2027-02-06,HOLIDAY,春节
            2027-02-07,HOLIDAY,春节
            2027-02-08,HOLIDAY,春节
            """;

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired CaseDeadlines deadlines;
    @Autowired CaseEvents events;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;
    @Autowired StatutoryCalendar calendar;
    @Autowired org.qualityloop.oversight.CalendarGuard guard;
    @Autowired org.qualityloop.identity.UserAccounts users;
    @Autowired org.qualityloop.worklist.ReadModelCheck readModel;
    @Autowired org.qualityloop.worklist.OpenTasks openTasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aYearsNoticeIsCheckedPreviewedThenLoadedAndEveryRunningDeadlineTaskAndTimerIsRecounted() throws Exception {
        CaseDriver.today("2026-12-20");
        CaseFile c = rectifying(driver, "2026-11-02");
        CaseDeadline before = deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow();
        assertThat(before.dueOn()).hasToString("2027-01-04");
        assertThat(before.verified()).isFalse();
        // what the recount reads to find the cases it moves: the running deadlines, and the open tasks
        assertThat(deadlines.casesWithUnverifiedIn(2027)).contains(c.id());
        assertThat(openTasks.casesWithUnverifiedDueFrom(LocalDate.parse("2027-01-01"))).contains(c.id());
        assertThat(taskDue(c)).hasToString("2027-01-04");
        assertThat(timerDue(c)).hasToString("2027-01-04");
        // the rectification-overdue timer acts against the enterprise: it waits for the calendar
        assertThat(guard.hold()).isGreaterThanOrEqualTo(1);
        assertThat(rectificationTimer(c).isSuspended()).isTrue();
        assertThat(page(mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1"))))))
                .contains("等待节假日安排");
        assertThat(page(mvc.perform(get("/oversight").with(user(users.loadUserByUsername("supervisor1"))))))
                .contains("id=\"timers-held\"");

        // administrators are warned 60 days ahead, with the deadlines that wait
        String warned = page(mvc.perform(get("/inbox").with(user(users.loadUserByUsername("admin")))));
        assertThat(warned).contains("2027 年的节假日安排尚未载入，12 天后开始");
        assertThat(page(mvc.perform(get("/inbox").with(user(users.loadUserByUsername("handler1"))))))
                .doesNotContain("calendar-warning");
        HolidayCalendar otherNode = new HolidayCalendar(jdbc);
        assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();

        // refused line by line, nothing stored
        load("2027", "date,kind,name\n2027-01-05,WORKDAY,周二调休\n2028-01-01,HOLIDAY,元旦\n2027-02-05,HOLIDAY,春节\n"
                + "2027-02-05,HOLIDAY,春节\n2027-03-01,HOLIDAY,\n2027-13-01,HOLIDAY,x\n", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['csv[2]']").value("第 2 行：2027-01-05 本是工作日，调休上班日应在周末"))
                .andExpect(jsonPath("$.errors['csv[3]']").value("第 3 行的日期 2028-01-01 不在 2027 年内"))
                .andExpect(jsonPath("$.errors['csv[5]']").value("第 5 行：2027-02-05 已在前面出现过"))
                .andExpect(jsonPath("$.errors['csv[6]']").value("第 6 行：2027-03-01 没有名称"))
                .andExpect(jsonPath("$.errors['csv[7]']").value("第 7 行的日期“2027-13-01”应为 yyyy-MM-dd"));
        mvc.perform(put("/api/v1/admin/holidays/2027").with(httpBasic("handler1", "demo")).contentType("text/csv")
                .content(NOTICE)).andExpect(status().isForbidden());

        // a task whose due date is an internal target counted from its own start (no deadline of the case) is
        // recounted as the engine counted it: service recorded five working days after the notice of 30 December
        CaseDriver.today("2026-12-30");
        CaseFile notified = driver.register();
        driver.complete(notified, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", java.util.Map.of("issuedOn", "2026-12-30"));
        assertThat(CaseDriver.day(driver.task(notified, Bpmn.Task.RECORD_SERVICE).getDueDate())).hasToString("2027-01-07");
        CaseDriver.today("2026-12-20");

        // previewed: what moves, and nothing stored
        load("2027", NOTICE, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.byCase[?(@.caseNo == '" + c.caseNo() + "')].deadlines[?(@.step == 'RECTIFICATION')].to")
                        .value("2027-01-05"));
        assertThat(deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow().dueOn()).hasToString("2027-01-04");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();

        // loaded: the deadline, the task, the timer and the worklist row move, verified; the case and audit record it
        load("2027", NOTICE, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.moved").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        CaseDeadline after = deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow();
        assertThat(after.dueOn()).hasToString("2027-01-05");
        assertThat(after.verified()).isTrue();
        assertThat(taskDue(c)).hasToString("2027-01-05");
        assertThat(timerDue(c)).hasToString("2027-01-05");
        assertThat(jdbc.sql("select due_on, due_verified from open_task where case_id = ? and task_key = ?")
                .params(c.id(), Bpmn.Task.SUBMIT_RECTIFICATION_REPORT)
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + "/" + rs.getBoolean(2)).single())
                .isEqualTo("2027-01-05/true");
        assertThat(CaseDriver.day(driver.task(notified, Bpmn.Task.RECORD_SERVICE).getDueDate())).as("internal target")
                .hasToString("2027-01-08");
        // moved in one engine command that tells no task listener: the task's history, the worklist and its tally
        // still follow
        assertThat(CaseDriver.day(jdbc.sql("select due_date_ from act_hi_taskinst where id_ = ?")
                .param(driver.task(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT).getId())
                .query(java.sql.Timestamp.class).single())).as("task history").hasToString("2027-01-05");
        assertThat(readModel.differences()).as("worklist and tally against the engine").isEmpty();
        assertThat(events.firstBrokenLink()).as("the events written together keep each case's chain").isNull();
        assertThat(events.list(c.id())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(CaseEventType.CALENDAR_VERIFIED);
            assertThat(e.summary()).contains("RECTIFICATION 2027-01-04 → 2027-01-05");
        });
        assertThat(jdbc.sql("select count(*) from notification where case_id = ? and kind = 'RECOUNTED' and recipient = 'enterprise1'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'admin' and action = 'ADMINISTRATION_CHANGED' and subject = 'holidays:2027'")
                .query(Integer.class).single()).isEqualTo(1);

        assertThat(page(mvc.perform(get("/inbox").with(user(users.loadUserByUsername("admin"))))))
                .doesNotContain("calendar-warning");

        // let go once the year is loaded, on the recounted day: it fires then, and only then
        Job held = rectificationTimer(c);
        assertThat(held.isSuspended()).isFalse();
        CaseDriver.today("2027-01-06");
        driver.fire(held);
        assertThat(events.list(c.id())).anyMatch(e -> e.type() == CaseEventType.RECTIFICATION_OVERDUE);

        // another node counts with it at its next look, without a restart
        assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();
        otherNode.refreshIfChanged();
        assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-01-04"))).isFalse();
        assertThat(otherNode.isWorkingDay(LocalDate.parse("2027-01-09"))).as("make-up working Saturday").isTrue();

        // once only; and a second recount finds nothing left
        load("2027", NOTICE, false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").value("2027 年的安排已经载入，不能重复载入"));
        assertThat(deadlines.casesWithUnverifiedIn(2027)).doesNotContain(c.id());
    }

    @Test
    void aRuleChangeAppliesToDeadlinesStartedAfterItAndEveryVersionIsKept() throws Exception {
        CaseDriver.today("2026-10-20");
        CaseFile before = rectifying(driver, "2026-10-10");
        try {
            mvc.perform(put("/api/v1/admin/rules/RECTIFICATION").with(httpBasic("admin", "demo"))
                            .contentType("application/json")
                            .content("{\"amount\":0,\"unit\":\"CALENDAR_DAYS\",\"countsFrom\":\"\",\"basis\":\"x\",\"basisVerified\":true}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.amount").value("期限长度为 1 至 365"))
                    .andExpect(jsonPath("$.errors.countsFrom").value("必填"));
            mvc.perform(put("/api/v1/admin/rules/RECTIFICATION").with(httpBasic("supervisor1", "demo"))
                    .contentType("application/json").content("{}")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rules/RECTIFICATION").with(user(users.loadUserByUsername("admin"))).with(csrf())
                            .param("amount", "45").param("unit", "CALENDAR_DAYS").param("countsFrom", "责令整改之日")
                            .param("basis", "测试规则").param("basisVerified", "false"))
                    .andExpect(redirectedUrl("/admin/rules/RECTIFICATION"));

            CaseFile after = rectifying(driver, "2026-10-10");
            assertThat(deadlines.find(before.id(), Step.RECTIFICATION).orElseThrow().dueOn())
                    .as("started under 60 days, kept").hasToString("2026-12-09");
            CaseDeadline changed = deadlines.find(after.id(), Step.RECTIFICATION).orElseThrow();
            assertThat(changed.dueOn()).as("45 days from 2026-10-10").hasToString("2026-11-24");
            assertThat(changed.basisVerified()).isFalse();
            assertThat(taskDue(after)).hasToString("2026-11-24");
            String page = page(mvc.perform(get("/admin/rules/RECTIFICATION").with(user(users.loadUserByUsername("admin")))));
            assertThat(page).contains("测试规则").contains("产品质量监督抽查管理暂行办法第四十六条");
        } finally {
            mvc.perform(put("/api/v1/admin/rules/RECTIFICATION").with(httpBasic("admin", "demo"))
                    .contentType("application/json").content("{\"amount\":60,\"unit\":\"CALENDAR_DAYS\","
                            + "\"countsFrom\":\"责令整改之日\",\"basis\":\"产品质量监督抽查管理暂行办法第四十六条\",\"basisVerified\":true}"))
                    .andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select count(*) from deadline_rule_history where step = 'RECTIFICATION'")
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'ADMINISTRATION_CHANGED' and subject = 'rule:RECTIFICATION'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    /** A case in rectification ordered on {@code orderedOn}, its classification confirmed. */
    static CaseFile rectifying(CaseDriver driver, String orderedOn) {
        CaseFile c = driver.accepted(driver.register(CaseDriver.request("LABELLING", "家用电器")));
        driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", java.util.Map.of("track", Track.GENERAL.name(),
                "confirmedOn", "2026-09-26"));
        driver.complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                java.util.Map.of("orderedOn", orderedOn, "requirements", "完善产品标识"));
        return c;
    }

    @Test
    void theAdministratorLoadsAYearOnThePagesWithoutSql() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        String list = page(mvc.perform(get("/admin/holidays").with(admin)).andExpect(status().isOk()));
        assertThat(list).contains("国务院办公厅关于2026年部分节假日安排的通知").contains("随系统提供");
        mvc.perform(get("/admin/holidays").with(user(users.loadUserByUsername("supervisor1")))).andExpect(status().isForbidden());

        String bad = "2028-01-01,HOLIDAY,元旦\n2028-01-03,WORKDAY,周一调休\n";
        String refused = page(mvc.perform(multipart("/admin/holidays/preview").with(admin).with(csrf())
                .param("year", "2028").param("source", "国务院办公厅关于2028年部分节假日安排的通知").param("csv", bad))
                .andExpect(status().isOk()));
        assertThat(refused).contains("第 2 行：2028-01-03 本是工作日，调休上班日应在周末").contains("周一调休");

        String good = "date,kind,name\n2028-01-01,HOLIDAY,元旦\n2028-01-29,WORKDAY,春节调休\n";
        MockMultipartFile file = new MockMultipartFile("csvFile", "2028.csv", "text/csv",
                ("\uFEFF" + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String preview = page(mvc.perform(multipart("/admin/holidays/preview").file(file).with(admin).with(csrf())
                .param("year", "2028").param("source", "").param("csv", "")).andExpect(status().isOk()));
        assertThat(preview).contains("id=\"preview-counts\"").contains("确认载入 2028 年安排");
        assertThat(jdbc.sql("select count(*) from calendar_year where calendar_year = 2028").query(Integer.class).single())
                .as("a preview stores nothing").isZero();

        mvc.perform(post("/admin/holidays").with(admin).with(csrf()).param("year", "2028").param("source", "")
                .param("csv", good)).andExpect(redirectedUrl("/admin/holidays/2028"));
        String year = page(mvc.perform(get("/admin/holidays/2028").with(admin)).andExpect(status().isOk()));
        assertThat(year).contains("国务院办公厅关于2028年部分节假日安排的通知").contains("春节调休").contains("调休上班");
    }

    private static String page(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResultActions load(String year, String csv, boolean preview) throws Exception {
        return mvc.perform(put("/api/v1/admin/holidays/" + year).param("preview", String.valueOf(preview))
                .with(httpBasic("admin", "demo")).contentType("text/csv").content(csv));
    }

    private LocalDate taskDue(CaseFile c) {
        return CaseDriver.day(driver.task(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT).getDueDate());
    }

    private Job rectificationTimer(CaseFile c) {
        return management.createJobQuery().processInstanceId(driver.instance(c, Bpmn.Process.RECTIFICATION).getId())
                .timers().singleResult();
    }

    private LocalDate timerDue(CaseFile c) {
        List<Job> timers = management.createJobQuery().processInstanceId(driver.instance(c, Bpmn.Process.RECTIFICATION).getId())
                .timers().list();
        assertThat(timers).hasSize(1);
        return CaseDriver.day(timers.get(0).getDuedate());
    }
}
