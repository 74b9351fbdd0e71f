package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.ApiBodies;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 三员分立: the system, security and audit administrators each do their own work and none of the others', and
 * none acts on a case (the system administrator still reads every case).
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class AdministratorsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired CaseDriver driver;
    @Autowired JdbcClient jdbc;

    @Test
    void theSystemAdministratorReadsCasesButDoesNoSecurityOrAuditWorkAndRegistersNothing() throws Exception {
        CaseFile c = driver.register();
        mvc.perform(get("/cases/" + c.id()).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/security/accounts").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(ApiBodies.registration("ADM"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/new").with(as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theSecurityAdministratorUnlocksAndRequiresNewPasswordsAndReadsNothingElse() throws Exception {
        String name = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Initial-Pass-2026", "被锁定的承办人", Role.HANDLER, "370983", null, null);
        jdbc.sql("update app_user set locked_until = ? where username = ?")
                .params(Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), name).update();
        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).isFalse();

        mvc.perform(get("/security/accounts").with(as("secadmin"))).andExpect(status().isOk());
        mvc.perform(post("/security/accounts/" + name + "/unlock").with(csrf()).with(as("secadmin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/security/accounts/" + name + "/require-password-change").with(csrf()).with(as("secadmin")))
                .andExpect(status().is3xxRedirection());
        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        assertThat(users.loadUserByUsername(name).passwordChangeRequired()).isTrue();
        assertThat(jdbc.sql("select detail from audit_record where actor = 'secadmin' and subject = ? order by id")
                .param(name).query(String.class).list()).containsExactly("UNLOCKED", "PASSWORD_CHANGE_REQUIRED");

        CaseFile c = driver.register();
        mvc.perform(get("/cases/" + c.id()).with(as("secadmin"))).andExpect(status().isNotFound());
        mvc.perform(get("/audit").with(as("secadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/consistency").with(as("secadmin"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/new").with(as("secadmin"))).andExpect(status().isForbidden());
    }

    @Test
    void theAuditAdministratorDoesNoSecurityOrSystemWork() throws Exception {
        mvc.perform(get("/security/accounts").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/security/accounts/handler1/unlock").with(csrf()).with(as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/consistency").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases").with(httpBasic("auditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(ApiBodies.registration("AUD"))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
