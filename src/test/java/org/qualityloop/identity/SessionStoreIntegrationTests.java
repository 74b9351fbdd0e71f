package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Page sessions live in the database: a request that brings only the session cookie (as it would to
 * another node) is signed in, and signing out ends the session everywhere.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class SessionStoreIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aSignedInSessionIsReadBackFromTheDatabaseByItsCookieAlone() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("handler2").password("demo"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("Spring Session's cookie").isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'handler2'")
                .query(Integer.class).single()).isPositive();

        String inbox = mvc.perform(get("/inbox").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("handler2");

        mvc.perform(get("/inbox").cookie(new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccount() throws Exception {
        Cookie office = mvc.perform(formLogin("/login").user("handler2").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        Cookie phone = mvc.perform(formLogin("/login").user("handler2").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        Cookie other = mvc.perform(formLogin("/login").user("handler1").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/inbox").cookie(phone)).andExpect(status().isOk());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/account/sessions/sign-out-everywhere").cookie(office)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/inbox").cookie(phone)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inbox").cookie(office)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'handler2'")
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/inbox").cookie(other)).andExpect(status().isOk());
    }
}
