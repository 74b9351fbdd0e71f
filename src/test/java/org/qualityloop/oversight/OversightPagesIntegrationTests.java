package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.worklist.OpenTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Reassigning, extending and notifications through the pages, as each role; health and metrics endpoints. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class OversightPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired TaskService tasks;
    @Autowired CaseEvents events;
    @Autowired OpenTasks openTasks;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    CaseFile c;
    String taskId;

    @BeforeEach
    void newCase() {
        c = driver.register();
        taskId = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
    }

    @Test
    void reassigningKeepsWhatWasTypedUntilItIsRightThenRecordsAndNotifies() throws Exception {
        String form = page(get("/oversight/tasks/" + taskId + "/reassign"), "supervisor1");
        assertThat(form).contains("value=\"handler1\"").doesNotContain("value=\"handler2\"");

        String noReason = page(reassign("handler1", ""), "supervisor1");
        assertThat(noReason).contains("请填写改派理由").containsPattern("id=\"assignee-handler1\" value=\"handler1\" checked");
        String outsider = page(reassign("handler2", "人手调配"), "supervisor1");
        assertThat(outsider).contains("该人员无权办理此事项").contains(">人手调配</textarea>");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        long unread = notifications.unreadCount("handler1");
        mvc.perform(reassign("handler1", "原承办人出差").with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(redirectedUrl("/cases/" + c.id()));

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("handler1");
        assertThat(openTasks.find(taskId).orElseThrow().assignee()).isEqualTo("handler1");
        assertThat(events.list(c.id())).anyMatch(e -> e.type() == CaseEventType.TASK_REASSIGNED
                && e.actor().equals("supervisor1") && e.summary().contains("原承办人出差"));
        assertThat(notifications.unreadCount("handler1")).isEqualTo(unread + 1);
        assertThat(page(get("/notifications"), "handler1")).contains(c.caseNo()).contains("已改派给您办理")
                .containsPattern("id=\"unread-count\"[^>]*>" + (unread + 1) + "<");

        long id = jdbc.sql("select id from notification where case_id = ? and recipient = 'handler1' and kind = 'REASSIGNED'")
                .param(c.id()).query(Long.class).single();
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(user(users.loadUserByUsername("handler2"))))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount("handler1")).as("nobody marks another's notification").isEqualTo(unread + 1);
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(redirectedUrl("/cases/" + c.id()));
        assertThat(notifications.unreadCount("handler1")).isEqualTo(unread);
    }

    @Test
    void onlySupervisorsInScopeActOnOthersWork() throws Exception {
        for (String who : new String[] {"handler1", "enterprise1"}) {
            mvc.perform(get("/oversight/tasks/" + taskId + "/reassign").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
            mvc.perform(reassign("handler1", "试图改派").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/cases/" + c.id() + "/extensions/new").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(events.has(c.id(), CaseEventType.TASK_REASSIGNED)).isFalse();
    }

    @Test
    void anExtensionWithBadInputComesBackWithItsMessageAndTheTypedValues() throws Exception {
        c = driver.rectifyingToday();
        String page = page(post("/cases/" + c.id() + "/extensions").with(csrf()).param("step", "RECTIFICATION")
                .param("requestedOn", "2026-13-45").param("days", "三十").param("reason", "企业申请"), "supervisor1");
        assertThat(page).contains("日期格式应为 yyyy-MM-dd").contains("应为数字")
                .contains("value=\"三十\"").contains("value=\"2026-13-45\"").contains(">企业申请</textarea>");
        String notRunning = page(post("/cases/" + c.id() + "/extensions").with(csrf()).param("step", "PENALTY_DECISION")
                .param("requestedOn", driver.todayText()).param("days", "30").param("reason", "案情复杂"), "supervisor1");
        assertThat(notRunning).contains("该期限不在进行中");
        assertThat(events.has(c.id(), CaseEventType.DEADLINE_EXTENDED)).isFalse();
    }

    @Test
    void healthIsOpenMetricsAreForAdministratorsAndCountCompletedSteps() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\"").doesNotContain("components");
        String details = mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        // the job executor's indicator joins them where the executor runs (tests drive jobs by hand)
        assertThat(details).contains("\"db\":{\"status\":\"UP\"").contains("\"processEngine\":{\"status\":\"UP\"");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("handler1", "demo"))).andExpect(status().isForbidden());

        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(metrics).containsPattern("qualityloop_cases_open\\{application=\"qualityloop\",stage=\"DELIVERY\"} [1-9]")
                .contains("qualityloop_tasks_overdue{application=\"qualityloop\",stage=\"rectification\"}")
                .containsPattern("qualityloop_task_completion_seconds_count\\{application=\"qualityloop\",step=\"issueResultNotice\"} [1-9]");
    }

    private MockHttpServletRequestBuilder reassign(String to, String reason) {
        return post("/oversight/tasks/" + taskId + "/reassign").with(csrf()).param("assignee", to).param("reason", reason);
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
