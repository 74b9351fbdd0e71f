package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.ApiBodies;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FormField;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input of every kind gets a clear answer and stores nothing: a text one character over its declared
 * limit, characters nobody types, two JSON values in one body, a body over the size the API reads.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class InputLimitsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;

    private ObjectNode body;

    @BeforeEach
    void validBody() throws Exception {
        body = (ObjectNode) json.readTree(ApiBodies.registration("LIM"));
    }

    @Test
    void aNameOneCharacterOverItsLimitIsRefusedAndAtItsLimitIsKept() throws Exception {
        ((ObjectNode) body.get("product")).put("name", CaseDriver.fill("电热水壶", FormField.TEXT_MAX + 1));
        register(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['product.name']").value("内容过长，最多 200 字"));
        assertThat(cases(body.get("reportNo").asText())).isZero();

        ((ObjectNode) body.get("product")).put("name", CaseDriver.fill("电热水壶", FormField.TEXT_MAX));
        register(body).andExpect(status().isCreated());
        assertThat(jdbc.sql("select product_name from case_file where report_no = ?").param(body.get("reportNo").asText())
                .query(String.class).single()).hasSize(FormField.TEXT_MAX);
    }

    @Test
    void invisibleAndDirectionCharactersAreRefusedInNames() throws Exception {
        ((ObjectNode) body.get("sampledEnterprise")).put("name", "杭州\u202E司公限有器电");
        register(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sampledEnterprise.name']").value("含有不可见的控制字符或文字方向控制符，请删除后重新填写"));
        ((ObjectNode) body.get("sampledEnterprise")).put("name", "杭州\u0000示例");
        register(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['sampledEnterprise.name']").exists());
        assertThat(cases(body.get("reportNo").asText())).isZero();
    }

    @Test
    void twoJsonValuesInOneBodyAreMalformedAndNothingIsStored() throws Exception {
        ObjectNode second = body.deepCopy().put("reportNo", "LIM-2-" + UUID.randomUUID());
        mvc.perform(post("/api/v1/cases").with(httpBasic("handler1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString() + second.toString()))
                .andExpect(status().isBadRequest());
        assertThat(cases(body.get("reportNo").asText()) + cases(second.get("reportNo").asText())).isZero();
    }

    @Test
    void aBodyOverTheSizeTheApiReadsIsAnswered413() throws Exception {
        body.put("padding", "x".repeat(1024 * 1024));
        mvc.perform(post("/api/v1/cases").with(httpBasic("handler1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.error").value("请求内容超过 1024 KB 的上限"));
        assertThat(cases(body.get("reportNo").asText())).isZero();
    }

    @Test
    void aLongObjectionIsTakenWholeOnThePageAndOneCharacterMoreIsRefusedWithTheTextKept() throws Exception {
        CaseFile c = driver.served(driver.register(), driver.todayText());
        String taskId = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT).getId();
        String tooLong = CaseDriver.fill("检验方法不当", FormField.LONG_TEXT_MAX + 1);

        String page = mvc.perform(post("/tasks/" + taskId).with(csrf()).with(user(users.loadUserByUsername("enterprise1")))
                        .param("decision", "OBJECT").param("reason", tooLong))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("内容过长，最多 4000 字").contains(">" + tooLong + "</textarea>");

        mvc.perform(post("/tasks/" + taskId).with(csrf()).with(user(users.loadUserByUsername("enterprise1")))
                        .param("decision", "OBJECT").param("reason", tooLong.substring(1)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select reason from objection where case_id = ?").param(c.id()).query(String.class).single())
                .hasSize(FormField.LONG_TEXT_MAX);
    }

    private ResultActions register(ObjectNode request) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(httpBasic("handler1", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(request.toString()));
    }

    private int cases(String reportNo) {
        return jdbc.sql("select count(*) from case_file where report_no = ?").param(reportNo).query(Integer.class).single();
    }
}
