package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The second factor (RFC 6238) end to end through the pages: set up with the QR page's secret and a first code,
 * sign-in asks for a code after the password, a code counts once, a recovery code once, wrong codes lock like
 * wrong passwords; the API refuses the password of such an account and takes its personal tokens until revoked;
 * a role the security administrator marks sets it up before anything else.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class SecondFactorIntegrationTests {

    private static final String PASSWORD = "Second-Factor-2026";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired Institutions institutions;

    @Test
    void signInAsksForTheCodeAfterThePasswordAndTakesEachCodeOnce() throws Exception {
        String name = handler();
        Session session = signIn(name);
        String secret = enrol(session);
        List<String> recovery = lastRecoveryCodes;
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        Session next = signIn(name);
        assertThat(next.lastRedirect).isEqualTo("/login/code");
        next.perform(get("/inbox")).andExpect(redirectedUrl("/login/code"));
        next.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
        String form = next.page(get("/login/code"));
        assertThat(form).contains("请输入手机验证器应用当前显示的 6 位验证码");

        String wrong = next.page(post("/login/code").param("code", "000000".equals(code(secret, 0)) ? "111111" : "000000"));
        assertThat(wrong).contains("验证码不正确或已使用过");
        next.perform(get("/inbox")).andExpect(redirectedUrl("/login/code"));

        // the enrolment's code was taken: only a later step counts now (RFC 6238 §5.2)
        next.perform(post("/login/code").param("code", atStep(secret, lastStep(name)))).andExpect(status().isOk());
        next.perform(post("/login/code").param("code", atStep(secret, lastStep(name) + 1))).andExpect(redirectedUrl("/"));
        assertThat(next.page(get("/inbox"))).contains(name);

        Session third = signIn(name);
        third.perform(post("/login/code").param("code", atStep(secret, lastStep(name)))).andExpect(status().isOk());
        third.perform(get("/inbox")).andExpect(redirectedUrl("/login/code"));

        third.perform(post("/login/code").param("code", recovery.get(3).toUpperCase())).andExpect(redirectedUrl("/"));
        third.perform(get("/inbox")).andExpect(status().isOk());
        Session fourth = signIn(name);
        assertThat(fourth.page(post("/login/code").param("code", recovery.get(3)))).contains("验证码不正确或已使用过");
        assertThat(fourth.page(get("/account/two-factor"))).isEmpty();
        fourth.perform(post("/login/code").param("code", recovery.get(4))).andExpect(redirectedUrl("/"));
        assertThat(fourth.page(get("/account/two-factor"))).contains("剩余未使用的恢复码：8 个");

        assertThat(audit(name, "SECOND_FACTOR_PASSED")).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_record where actor = ? and action = 'SIGN_IN_FAILED' and detail = 'SecondFactorRejected'")
                .param(name).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_record where subject = ? and detail = 'SECOND_FACTOR_ENROLLED'")
                .param(name).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswordsAndARightPasswordDoesNotClearThem() throws Exception {
        String name = handler();
        enrol(signIn(name));
        for (int attempt = 0; attempt < 2; attempt++) {
            Session session = signIn(name);
            session.perform(post("/login/code").param("code", "12345x")).andExpect(status().isOk());
            session.perform(post("/login/code").param("code", "999999")).andExpect(status().isOk());
        }
        Session last = signIn(name);
        last.perform(post("/login/code").param("code", "888888")).andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select locked_until from app_user where username = ?").param(name)
                .query(java.sql.Timestamp.class).single()).isNotNull();
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theApiTakesPersonalTokensNotThePasswordOfAnAccountWithASecondFactor() throws Exception {
        String name = handler();
        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
        Session session = signIn(name);
        enrol(session);

        mvc.perform(get("/api/v1/tasks").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("Authorization: Bearer")));

        String page = session.page(post("/account/tokens").param("name", "省局数据交换"));
        String token = between(page, "<code id=\"token\">", "</code>");
        assertThat(token).startsWith("qlt_");
        assertThat(session.page(get("/account/tokens"))).doesNotContain(token).contains("省局数据交换").contains("未使用");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or name = ?").params(token, token)
                .query(Integer.class).single()).as("only the hash is stored").isZero();

        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(session.page(get("/account/tokens"))).doesNotContain("未使用");
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer qlt_forged")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("令牌无效")));

        long id = jdbc.sql("select id from api_token where username = ?").param(name).query(Long.class).single();
        Session stranger = signIn(handler());
        stranger.perform(post("/account/tokens/" + id + "/revoke")).andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        session.perform(post("/account/tokens/" + id + "/revoke")).andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(session.page(get("/account/tokens"))).contains("已于");
        assertThat(jdbc.sql("select count(*) from audit_record where subject = ? and detail like 'API_TOKEN_%'")
                .param(name).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRoleTheSecurityAdministratorMarksSetsUpTheSecondFactorBeforeAnythingElse() throws Exception {
        String name = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        // an institution of its own: a second user of a demo institution would change who can do its re-tests
        String lab = "LAB-" + name.toUpperCase();
        institutions.add(lab, "测试检验机构", false);
        users.create(name, PASSWORD, "测试检验员", Role.INSTITUTION, null, null, lab);
        Session security = signIn("secadmin", "demo");
        try {
            security.perform(post("/security/second-factor-policy").param("required", "INSTITUTION"))
                    .andExpect(redirectedUrl("/security/accounts"));
            assertThat(security.page(get("/security/accounts"))).contains("id=\"require-INSTITUTION\" checked=\"checked\"");

            Session session = signIn(name);
            session.perform(get("/inbox")).andExpect(redirectedUrl("/account/two-factor"));
            assertThat(session.page(get("/account/two-factor"))).contains("您的角色须使用双因素认证");
            mvc.perform(get("/api/v1/tasks").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
            enrol(session);
            session.perform(get("/inbox")).andExpect(status().isOk());
            assertThat(session.page(post("/account/two-factor/off").param("code", "123456"))).contains("不能停用");

            security.perform(post("/security/accounts/" + name + "/reset-second-factor")).andExpect(redirectedUrl("/security/accounts"));
            Session again = signIn(name);
            assertThat(again.lastRedirect).as("no code asked: it was reset").isEqualTo("/");
            again.perform(get("/inbox")).andExpect(redirectedUrl("/account/two-factor"));
        } finally {
            security.perform(post("/security/second-factor-policy")).andExpect(redirectedUrl("/security/accounts"));
        }
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'secadmin' and action = 'POLICY_CHANGED' and subject = 'second-factor-required:INSTITUTION'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'secadmin' and subject = ? and detail = 'SECOND_FACTOR_RESET'")
                .param(name).query(Integer.class).single()).isEqualTo(1);
        // nobody else decides it
        Session admin = signIn("admin", "demo");
        admin.perform(post("/security/second-factor-policy").param("required", "HANDLER")).andExpect(status().isForbidden());
    }

    // ---- helpers ----

    private List<String> lastRecoveryCodes;

    /** Sets the second factor up on the page: reads the secret beside the QR code and answers with its code. */
    private String enrol(Session session) throws Exception {
        String page = session.page(get("/account/two-factor"));
        assertThat(page).contains("<img id=\"qr-code\" src=\"data:image/png;base64,");
        String secret = between(page, "data-secret=\"", "\"");
        String wrong = session.page(post("/account/two-factor").param("code", "000000".equals(code(secret, 0)) ? "111111" : "000000"));
        assertThat(wrong).contains("验证码不正确").contains(secret);
        String done = session.page(post("/account/two-factor").param("code", code(secret, 0)));
        Matcher codes = Pattern.compile("<li class=\"recovery-code\"><code>([a-z0-9-]+)</code></li>").matcher(done);
        lastRecoveryCodes = codes.results().map(m -> m.group(1)).toList();
        assertThat(done).contains("双因素认证已启用");
        return secret;
    }

    private static String code(String secret, int stepsAhead) throws Exception {
        return atStep(secret, Instant.now().getEpochSecond() / 30 + stepsAhead);
    }

    private static String atStep(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private long lastStep(String name) {
        return jdbc.sql("select totp_last_step from app_user where username = ?").param(name).query(Long.class).single();
    }

    private String handler() {
        String name = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, PASSWORD, "测试承办人", Role.HANDLER, "370983", null, null);
        return name;
    }

    private Session signIn(String name) throws Exception {
        return signIn(name, PASSWORD);
    }

    private Session signIn(String name, String password) throws Exception {
        Session session = new Session();
        session.perform(post("/login").param("username", name).param("password", password));
        return session;
    }

    private int audit(String actor, String action) {
        return jdbc.sql("select count(*) from audit_record where actor = ? and action = ?").params(actor, action)
                .query(Integer.class).single();
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("%s in the page", before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    /** A browser's session: the cookie carried from answer to answer, a new one taken when the server gives it. */
    private final class Session {
        private Cookie cookie;
        private String lastRedirect;

        org.springframework.test.web.servlet.ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            org.springframework.test.web.servlet.ResultActions actions = mvc.perform(request.with(csrf()));
            MvcResult result = actions.andReturn();
            Cookie fresh = result.getResponse().getCookie("SESSION");
            if (fresh != null) {
                cookie = fresh;
            }
            lastRedirect = result.getResponse().getRedirectedUrl();
            return actions;
        }

        /** The page's HTML, or "" when the answer was not a page. */
        String page(MockHttpServletRequestBuilder request) throws Exception {
            MvcResult result = perform(request).andReturn();
            return result.getResponse().getStatus() == 200
                    ? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : "";
        }
    }
}
