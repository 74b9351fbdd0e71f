package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Users administered without SQL (issue 13, 三员分立 of issue 12): the system administrator creates, edits,
 * deactivates and resets; the security administrator alone changes role and scope; every change has its history
 * and audit row; the new user signs in and sees exactly its scope.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class UserAdministrationIntegrationTests {

    private static final String FIRST = "Initial-Pass-2026";
    private static final String OWN = "Own-Password-2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired Institutions institutions;

    @Test
    void aUserCreatedByApiSignsInAndSeesExactlyItsScope() throws Exception {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        json(post("/api/v1/admin/users"), "admin", """
                {"username":"%s","displayName":"张三","role":"HANDLER","scope":"370983","password":"%s",
                 "certificateNo":"37098300123"}""".formatted(name, FIRST))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/users/" + name))
                .andExpect(jsonPath("$.displayName").value("张三"))
                .andExpect(jsonPath("$.scope").value("370983"));

        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, FIRST))).andExpect(status().isForbidden());
        json(post("/api/v1/account/password"), name, FIRST,
                "{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"" + OWN + "\"}").andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases/" + caseIn("370983")).with(httpBasic(name, OWN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + caseIn("370902")).with(httpBasic(name, OWN))).andExpect(status().isNotFound());

        // the security administrator, and only they, changes the scope: a supervisor of the city sees both
        json(put("/api/v1/security/users/" + name + "/role"), "admin", "{\"role\":\"SUPERVISOR\",\"scope\":\"370900\"}")
                .andExpect(status().isForbidden());
        json(put("/api/v1/security/users/" + name + "/role"), "secadmin", "{\"role\":\"SUPERVISOR\",\"scope\":\"370999\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.scope").exists());
        json(put("/api/v1/security/users/" + name + "/role"), "secadmin", "{\"role\":\"SUPERVISOR\",\"scope\":\"370900\"}")
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cases/" + caseIn("370902")).with(httpBasic(name, OWN))).andExpect(status().isOk());
        json(put("/api/v1/security/users/secadmin/role"), "secadmin", "{\"role\":\"ADMIN\"}")
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/admin/users/" + name).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].field").value("created"))
                .andExpect(jsonPath("$.history[1].field").value("role"))
                .andExpect(jsonPath("$.history[1].before").value("HANDLER 370983"))
                .andExpect(jsonPath("$.history[1].after").value("SUPERVISOR 370900"))
                .andExpect(jsonPath("$.history[1].by").value("secadmin"));
    }

    @Test
    void onlyTheSystemAdministratorCreatesAndEveryProblemIsNamed() throws Exception {
        String body = "{\"username\":\"handler1\",\"displayName\":\"\",\"role\":\"ADMIN\",\"scope\":\"370983\",\"password\":\"short\"}";
        json(post("/api/v1/admin/users"), "admin", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").value("用户名 handler1 已被使用"))
                .andExpect(jsonPath("$.errors.role").value("管理员角色由安全管理员授予"))
                .andExpect(jsonPath("$.errors.displayName").value("必填"))
                .andExpect(jsonPath("$.errors.password").value("密码至少 12 位"));
        json(post("/api/v1/admin/users"), "admin",
                "{\"username\":\"x-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"displayName\":\"某企业\","
                        + "\"role\":\"ENTERPRISE\",\"scope\":\"913301060000000000\",\"password\":\"" + FIRST + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.scope").value("请填写已登记企业的统一社会信用代码"));
        for (String other : new String[] {"handler1", "secadmin", "auditor", "supervisor1"}) {
            json(post("/api/v1/admin/users"), other, "{\"username\":\"nobody\",\"displayName\":\"x\",\"role\":\"HANDLER\","
                    + "\"scope\":\"370983\",\"password\":\"" + FIRST + "\"}").andExpect(status().isForbidden());
        }
        assertThat(accounts.exists("nobody")).isFalse();
    }

    @Test
    void theAdministratorEditsDeactivatesAndResetsOnThePagesWithHistoryAndAudit() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        // an institution of its own: a second user of a demo institution would change who can do its re-tests
        String lab = "LAB-" + name.toUpperCase();
        institutions.add(lab, "测试检验机构", false);
        String refused = page(mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", name)
                .param("displayName", "李四").param("role", "INSTITUTION").param("scope", "NO-SUCH-LAB")
                .param("password", FIRST).param("email", "not-a-mail")));
        assertThat(refused).contains("请填写已登记检验机构的代码").contains("电子邮箱格式不正确").contains("value=\"李四\"");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", name).param("displayName", "李四")
                .param("role", "INSTITUTION").param("scope", lab).param("password", FIRST)
                .param("email", "lisi@example.org")).andExpect(redirectedUrl("/admin/users/" + name));
        assertThat(page(mvc.perform(get("/admin/users").param("q", name).with(admin)))).contains("李四");

        mvc.perform(post("/admin/users/" + name).with(admin).with(csrf()).param("displayName", "李四（检验员）")
                .param("email", "").param("phone", "0538-1234567").param("certificateNo", ""))
                .andExpect(redirectedUrl("/admin/users/" + name));
        mvc.perform(post("/admin/users/" + name + "/deactivate").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + name));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, FIRST))).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/users/" + name + "/reactivate").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + name));
        String weak = page(mvc.perform(post("/admin/users/" + name + "/password").with(admin).with(csrf())
                .param("password", "weak")));
        assertThat(weak).contains("密码至少 12 位");
        mvc.perform(post("/admin/users/" + name + "/password").with(admin).with(csrf()).param("password", "Temporary-Pass-77"))
                .andExpect(redirectedUrl("/admin/users/" + name));
        assertThat(accounts.loadUserByUsername(name).passwordChangeRequired()).isTrue();

        // the security administrator's page for role and scope: a wrong scope comes back with its message
        var security = user(accounts.loadUserByUsername("secadmin"));
        assertThat(page(mvc.perform(post("/security/accounts/" + name + "/role").with(security).with(csrf())
                .param("role", "HANDLER").param("scope", "999999")))).contains("请填写存在的局代码");
        mvc.perform(post("/security/accounts/" + name + "/role").with(security).with(csrf())
                .param("role", "HANDLER").param("scope", "370983")).andExpect(redirectedUrl("/security/accounts"));
        assertThat(accounts.loadUserByUsername(name).actor().bureaus()).containsExactly("370983");

        String history = page(mvc.perform(get("/admin/users/" + name).with(admin)));
        assertThat(history).contains("李四（检验员）").contains("0538-1234567").contains("lisi@example.org")
                .contains("承办人 370983").doesNotContain("HANDLER 370983")
                .contains("停用").contains("临时密码");
        assertThat(jdbc.sql("select field from user_change where username = ? order by id").param(name)
                .query(String.class).list())
                .containsExactly("created", "displayName", "email", "phone", "enabled", "enabled", "password", "role");
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'admin' and action = 'ACCOUNT_CHANGED' and subject = ?")
                .param(name).query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'secadmin' and action = 'ACCOUNT_CHANGED' and subject = ?")
                .param(name).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/users").with(user(accounts.loadUserByUsername("secadmin")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/admin/deactivate").with(admin).with(csrf())).andExpect(redirectedUrl("/admin/users/admin"));
        assertThat(accounts.loadUserByUsername("admin").isEnabled()).as("not one's own account").isTrue();
    }

    private String caseIn(String bureau) {
        return jdbc.sql("select id from case_file where bureau_code = ? fetch first 1 rows only").param(bureau)
                .query(String.class).single();
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return json(request, user, "demo", body);
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String user, String password, String body)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String page(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
