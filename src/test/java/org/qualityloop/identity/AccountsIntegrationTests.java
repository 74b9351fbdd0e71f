package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Passwords keep the policy (length, kinds, not the username, not one of the last five), staff passwords age,
 * and an account whose password must change does nothing else until it has, on the pages and the API.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class AccountsIntegrationTests {

    private static final String INITIAL = "Initial-Pass-2026";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewPasswordKeepsEveryRuleOfThePolicy() throws Exception {
        String name = handler();
        mvc.perform(post("/api/v1/account/password").with(httpBasic(name, INITIAL)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"wrong-one\",\"newPassword\":\"Another-Pass-2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.currentPassword").value("当前密码不正确"));
        change(name, INITIAL, "Short-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("密码至少 12 位"));
        change(name, INITIAL, "onlylowercaseletters").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("密码须包含大写字母、小写字母、数字、符号中的至少 3 类"));
        change(name, INITIAL, name.toUpperCase() + "-pass-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("密码不得包含用户名"));

        String current = INITIAL;
        for (int i = 1; i <= 5; i++) {
            String next = "Rotating-Pass-" + i + "x";
            change(name, current, next).andExpect(status().isNoContent());
            current = next;
        }
        change(name, current, INITIAL).andExpect(status().isNoContent());
        change(name, INITIAL, "Rotating-Pass-3x").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("不得使用最近 5 次用过的密码"));
        assertThat(jdbc.sql("select count(*) from audit_record where actor = ? and action = 'PASSWORD_CHANGED'")
                .param(name).query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void anAccountWhosePasswordMustChangeDoesNothingElseUntilItHas() throws Exception {
        String name = handler();
        users.requirePasswordChange(name);

        mvc.perform(get("/inbox").with(user(users.loadUserByUsername(name)))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, INITIAL))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("/api/v1/account/password")));
        String page = mvc.perform(get("/account/password").with(user(users.loadUserByUsername(name))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请先修改密码");

        mvc.perform(post("/account/password").with(csrf()).with(user(users.loadUserByUsername(name)))
                        .param("currentPassword", INITIAL).param("newPassword", "Fresh-Pass-2026")
                        .param("repeatPassword", "Fresh-Pass-2027"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").with(csrf()).with(user(users.loadUserByUsername(name)))
                        .param("currentPassword", INITIAL).param("newPassword", "Fresh-Pass-2026")
                        .param("repeatPassword", "Fresh-Pass-2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, "Fresh-Pass-2026"))).andExpect(status().isOk());
        mvc.perform(get("/inbox").with(user(users.loadUserByUsername(name)))).andExpect(status().isOk());
    }

    @Test
    void aStaffPasswordExpiresAfterNinetyDaysAnEnterprisesDoesNot() throws Exception {
        String staff = handler();
        String enterprise = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(enterprise, INITIAL, "测试企业", Role.ENTERPRISE, null, "91330106MA2H4K7P16", null);
        Timestamp longAgo = Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS));
        jdbc.sql("update app_user set password_changed_at = ? where username in (?, ?)").params(longAgo, staff, enterprise)
                .update();

        assertThat(users.loadUserByUsername(staff).passwordChangeRequired()).isTrue();
        assertThat(users.loadUserByUsername(enterprise).passwordChangeRequired()).isFalse();
        assertThat(users.loadUserByUsername("handler1").passwordChangeRequired())
                .as("the demo accounts keep their password").isFalse();
    }

    private String handler() {
        String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, INITIAL, "测试承办人", Role.HANDLER, "370983", null, null);
        return name;
    }

    private ResultActions change(String name, String current, String next) throws Exception {
        return mvc.perform(post("/api/v1/account/password").with(httpBasic(name, current))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
    }
}
