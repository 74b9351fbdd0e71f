package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.EvidenceFile;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskCompletion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Scope, CSRF, sign-in and lockout through the pages, downloads and API, as issue 3 lists them. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class PageSecurityIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired TaskCompletion completion;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    CaseFile c;
    String documentId;
    String attachmentId;

    @BeforeEach
    void servedCaseOfEnterprise1() {
        c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));
        completion.complete(driver.task(c, Bpmn.Task.RECORD_SERVICE).getId(),
                Map.of("method", "DIRECT", "servedOn", driver.todayText(), "coOfficer", "handler3"),
                List.of(new EvidenceFile("送达回证.pdf", "application/pdf", PDF)), driver.actor("handler1"));
        documentId = jdbc.sql("select id from document where case_id = ? and kind = 'RESULT_NOTICE'").param(c.id())
                .query(String.class).single();
        attachmentId = jdbc.sql("select id from attachment where case_id = ?").param(c.id()).query(String.class).single();
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/cases/" + c.id())).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String taskId = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId();
        mvc.perform(post("/tasks/" + taskId).with(user(account("handler1"))).param("decision", "ACCEPT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId + "/claim").with(user(account("handler1")))).andExpect(status().isForbidden());
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId()).isEqualTo(taskId);
    }

    @Test
    void anotherEnterpriseCannotOpenDownloadOrActOnTheCase() throws Exception {
        String taskId = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId();
        int events = events();
        UserDetails enterprise2 = account("enterprise2");

        mvc.perform(get("/cases/" + c.id()).with(user(enterprise2))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + c.id() + "/documents/" + documentId).with(user(enterprise2))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + c.id() + "/attachments/" + attachmentId).with(user(enterprise2))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + taskId).with(user(enterprise2))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId).with(user(enterprise2)).with(csrf()).param("decision", "ACCEPT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("enterprise2", "demo"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("enterprise2", "demo"))
                .contentType("application/json").content("{\"decision\":\"ACCEPT\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(user(enterprise2)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(c.caseNo()))));

        assertThat(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId()).isEqualTo(taskId);
        assertThat(events()).isEqualTo(events);
        assertThat(jdbc.sql("select acknowledged_at from document where id = ?").param(UUID.fromString(documentId))
                .query(java.sql.Timestamp.class).optional()).isEmpty();
    }

    @Test
    void theEnterpriseSeesItsCaseAndOpeningTheNoticeIsRecordedOnce() throws Exception {
        UserDetails enterprise1 = account("enterprise1");
        mvc.perform(get("/portal").with(user(enterprise1))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(c.caseNo())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("视为承认检验结论")));
        mvc.perform(get("/cases/" + c.id() + "/attachments/" + attachmentId).with(user(enterprise1)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));

        mvc.perform(get("/cases/" + c.id() + "/documents/" + documentId).with(user(enterprise1)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("检验结论告知书")));
        mvc.perform(get("/cases/" + c.id() + "/documents/" + documentId).with(user(enterprise1))).andExpect(status().isOk());

        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and event_type = 'DOCUMENT_ACKNOWLEDGED'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aHandlerOfAnotherBureauCannotActButTheSupervisorAboveSeesBoth() throws Exception {
        String taskId = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId();
        UserDetails handler2 = account("handler2");
        mvc.perform(get("/tasks/" + taskId).with(user(handler2))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId).with(user(handler2)).with(csrf()).param("decision", "ACCEPT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId + "/claim").with(user(handler2)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + c.id()).with(user(handler2))).andExpect(status().isNotFound());
        mvc.perform(get("/cases").with(user(handler2)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("370983-"))));
        assertThat(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getAssignee()).isNull();

        // searched by bureau prefix: the shared database may hold more cases than one page
        for (String bureau : new String[] {"370983-", "370902-"}) {
            assertThat(mvc.perform(get("/cases").param("q", bureau).with(user(account("supervisor1"))))
                    .andReturn().getResponse().getContentAsString()).contains(bureau);
        }
        mvc.perform(get("/cases/" + c.id()).with(user(account("supervisor1")))).andExpect(status().isOk());
    }

    @Test
    void theCaseListFiltersByStageBureauAndDateAndFindsACreditCode() throws Exception {
        // an enterprise of its own, so that its credit code finds exactly this case
        String uscc = creditCode("91370983" + String.format("%09d", new java.util.Random().nextInt(1_000_000_000)));
        IntakeRequest base = CaseDriver.request("LABELLING", "家用电器");
        CaseFile fresh = driver.register(new IntakeRequest(base.reportNo(), base.product(), base.sampledAt(),
                base.reportIssuedAt(), base.failedItems(), new IntakeRequest.PartyData(uscc, "信用代码测试企业", "泰安市"),
                base.producer(), base.bureauCode(), base.organizingBureauCode(), base.institution(), base.spotCheckPlan(),
                base.adulterationSuspected()));
        String byCode = mvc.perform(get("/cases").param("q", uscc.toLowerCase()).with(user(account("supervisor1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(byCode).contains(fresh.caseNo());
        // several words are found as typed, not merely each in its order (paging.SearchFragment looks them up apart)
        assertThat(mvc.perform(get("/cases").param("q", " 信用代码测试企业  " + uscc + " ").with(user(account("supervisor1"))))
                .andReturn().getResponse().getContentAsString()).contains(fresh.caseNo());
        assertThat(mvc.perform(get("/cases").param("q", "电热水壶 " + uscc).with(user(account("supervisor1"))))
                .andReturn().getResponse().getContentAsString()).as("the enterprise's name stands between")
                .doesNotContain(fresh.caseNo());
        String today = driver.todayText();
        String filtered = mvc.perform(get("/cases").param("q", fresh.caseNo()).param("stage", "DELIVERY")
                        .param("bureau", "370983").param("from", today).param("to", today).with(user(account("supervisor1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains(fresh.caseNo());
        for (var narrower : java.util.List.of(java.util.Map.of("stage", "PENALTY"), java.util.Map.of("bureau", "370902"),
                java.util.Map.of("to", "2020-01-01"))) {
            var request = get("/cases").param("q", fresh.caseNo());
            narrower.forEach(request::param);
            assertThat(mvc.perform(request.with(user(account("supervisor1")))).andReturn().getResponse().getContentAsString())
                    .as("%s", narrower).doesNotContain(fresh.caseNo() + "</a>");
        }
        // a bureau outside the scope widens nothing
        assertThat(mvc.perform(get("/cases").param("bureau", "370902").with(user(account("handler1"))))
                .andReturn().getResponse().getContentAsString()).doesNotContain("<table id=\"cases\"");
    }

    /** The 17 characters completed with the check character that makes them a valid credit code. */
    private static String creditCode(String first17) {
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (org.qualityloop.casefile.CreditCode.isValid(first17 + c)) {
                return first17 + c;
            }
        }
        throw new IllegalStateException(first17);
    }

    @Test
    void afterATaskTheUserGoesOnToTheNextStepOfTheSameCase() throws Exception {
        CaseFile fresh = driver.register();
        String notice = driver.task(fresh, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        mvc.perform(post("/tasks/" + notice).with(csrf()).with(user(account("handler1")))
                        .param("issuedOn", driver.todayText()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/tasks/" + driver.task(fresh, Bpmn.Task.RECORD_SERVICE).getId()));
        // nothing more of this case for the enterprise after it answers: back to its portal
        driver.complete(fresh, Bpmn.Task.RECORD_SERVICE, "handler1", java.util.Map.of("method", "DIRECT",
                "servedOn", driver.todayText()));
        String answer = driver.task(fresh, Bpmn.Task.RESPOND_TO_RESULT).getId();
        mvc.perform(post("/tasks/" + answer).with(csrf()).with(user(account("enterprise1")))
                        .param("decision", "ACCEPT").param("confirmed", "true"))
                .andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aHandlerClaimsAndGivesBackATask() throws Exception {
        String taskId = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId();
        mvc.perform(post("/tasks/" + taskId + "/claim").with(user(account("handler1"))).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("handler1");
        // while it is claimed, the enterprise still sees it is due but may not answer for the handler
        mvc.perform(get("/tasks/" + taskId).with(user(account("enterprise1")))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId + "/unclaim").with(user(account("handler1"))).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and event_type in ('TASK_CLAIMED', 'TASK_UNCLAIMED')")
                .param(c.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHourAndTheUserIsToldSo() throws Exception {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "right-password", "锁定测试", Role.HANDLER, "370983", null, null);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(name).password("right-password")).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong"));
        }
        mvc.perform(formLogin("/login").user(name).password("right-password")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, "right-password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/login?locked")).andExpect(content().string(org.hamcrest.Matchers.containsString("15 分钟后再试")));

        CaseDriver.today(java.time.LocalDate.now(CaseDriver.BEIJING).plusDays(1).toString());
        try {
            mvc.perform(formLogin("/login").user(name).password("right-password")).andExpect(redirectedUrl("/"));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void pagesAreChineseUntilTheUserPicksEnglish() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
        var english = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("User name"))).andReturn();
        mvc.perform(get("/login").cookie(english.getResponse().getCookie("ql-lang")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    private UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    private int events() {
        return jdbc.sql("select count(*) from case_event where case_id = ?").param(c.id()).query(Integer.class).single();
    }
}
