package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.worklist.ReadModelCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case outside the bureau's jurisdiction (issue 15, item 5): transferred, its scope and tasks follow at once and the
 * old bureau can no longer act; or the competent bureau told of the result.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class JurisdictionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired CaseEvents events;
    @Autowired ReadModelCheck readModel;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTransferredCaseIsTheCompetentBureausAtOnce() throws Exception {
        CaseDriver.today("2026-09-22");
        CaseFile c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        String task = driver.task(c, Bpmn.Task.RECORD_SERVICE).getId();

        String refused = mvc.perform(post("/cases/" + c.id() + "/jurisdiction").with(csrf())
                        .with(user(users.loadUserByUsername("handler1"))).param("mode", "TRANSFER").param("bureau", "370902")
                        .param("reason", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"e-reason\"").contains("value=\"370902\" checked");

        mvc.perform(post("/cases/" + c.id() + "/jurisdiction").with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("mode", "TRANSFER").param("bureau", "370902").param("reason", "标称生产者住所地在泰山区"))
                .andExpect(status().is3xxRedirection());

        assertThat(driver.reload(c).bureauCode()).isEqualTo("370902");
        mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1")))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task).with(user(users.loadUserByUsername("handler1")))).andExpect(status().is4xxClientError());
        assertThat(mvc.perform(get("/inbox").with(user(users.loadUserByUsername("handler2")))).andReturn().getResponse()
                .getContentAsString()).contains(c.caseNo());
        assertThat(readModel.differences()).as("the read model follows the engine").isEmpty();
        assertThat(jdbc.sql("select bureau_code from open_task where task_id = ?").param(task).query(String.class).single())
                .isEqualTo("370902");

        driver.complete(driver.reload(c), Bpmn.Task.RECORD_SERVICE, "handler2", Map.of("method", "DIRECT", "servedOn", "2026-09-22"));
        assertThat(driver.task(c, Bpmn.Task.RESPOND_TO_RESULT)).isNotNull();
        assertThat(events.has(c.id(), CaseEventType.JURISDICTION_TRANSFERRED)).isTrue();
        assertThat(jdbc.sql("select count(*) from notification where case_id = ? and kind = 'TRANSFERRED' and recipient in ('handler1', 'handler2')")
                .param(c.id()).query(Integer.class).single()).as("both bureaus are told").isEqualTo(2);
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void theCompetentBureauIsToldOfTheResultAndTheCaseStays() throws Exception {
        CaseDriver.today("2026-09-22");
        CaseFile c = driver.register();
        mvc.perform(post("/cases/" + c.id() + "/jurisdiction").with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("mode", "NOTIFY").param("bureau", "370902").param("reason", "生产者在泰山区"))
                .andExpect(status().is3xxRedirection());
        assertThat(driver.reload(c).bureauCode()).isEqualTo("370983");
        assertThat(events.has(c.id(), CaseEventType.BUREAU_NOTIFIED)).isTrue();
        assertThat(jdbc.sql("select count(*) from notification where case_id = ? and kind = 'RESULT_NOTIFIED' and recipient = 'handler2'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE)).isNotNull();
    }
}
