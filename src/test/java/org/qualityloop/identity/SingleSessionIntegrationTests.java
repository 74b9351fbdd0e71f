package org.qualityloop.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code qualityloop.security.single-session} on, a new sign-in ends the account's older session. */
@SpringBootTest(properties = "qualityloop.security.single-session=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSessionIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void aSecondSignInEndsTheFirstSession() throws Exception {
        Cookie first = mvc.perform(formLogin("/login").user("handler2").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/inbox").cookie(first)).andExpect(status().isOk());
        Cookie second = mvc.perform(formLogin("/login").user("handler2").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");

        mvc.perform(get("/inbox").cookie(second)).andExpect(status().isOk());
        mvc.perform(get("/inbox").cookie(first)).andExpect(redirectedUrl("/login?expired"));
    }
}
