package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A new administrator sets up a bureau, a handler in it and an institution without SQL (issue 13): the bureau's
 * number prefix names its documents, the tree moves as a whole, a bureau with users or an institution without
 * users is kept from harm, every change has its history; nobody but the system administrator does this.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class RegistryAdministrationIntegrationTests {

    private static final String PASSWORD = "Initial-Pass-2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired Institutions institutions;
    @Autowired Bureaus bureaus;
    @Autowired CaseDriver driver;
    @Autowired IntakeService intake;

    @Test
    void aBureauAHandlerAndAnInstitutionAreSetUpWithoutSql() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String code = "38" + String.format("%04d", new java.util.Random().nextInt(10_000));
        String lab = "LAB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        String refused = page(mvc.perform(post("/admin/bureaus").with(admin).with(csrf()).param("code", "370983")
                .param("parentCode", "999999").param("name", "重复的局").param("numberPrefix", "x y")));
        assertThat(refused).contains("代码 370983 已存在").contains("请填写一个在用的上级局代码")
                .contains("文号前缀为 1–20 位汉字、字母或数字").contains("value=\"重复的局\"");
        mvc.perform(post("/admin/bureaus").with(admin).with(csrf()).param("code", code).param("parentCode", "370900")
                        .param("name", "测试区市场监督管理局").param("numberPrefix", "测市监").param("letterheadName", "测试区市场监管局"))
                .andExpect(redirectedUrl("/admin/bureaus/" + code));
        assertThat(page(mvc.perform(get("/admin/bureaus").with(admin)))).contains("测试区市场监督管理局");
        assertThat(bureaus.subtree("370900")).contains(code);

        // a handler of the new bureau registers a case: its documents carry the bureau's prefix
        String handler = "h" + code;
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + handler + "\",\"displayName\":\"测试承办人\",\"role\":\"HANDLER\","
                                + "\"scope\":\"" + code + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        IntakeRequest base = CaseDriver.request("LABELLING", "家用电器");
        CaseFile c = intake.register(new IntakeRequest(base.reportNo(), base.product(), base.sampledAt(),
                base.reportIssuedAt(), base.failedItems(), base.sampledEnterprise(), base.producer(), code, "370900",
                base.institution(), base.spotCheckPlan(), base.adulterationSuspected()), driver.actor(handler)).caseFile();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, handler, Map.of("issuedOn", driver.todayText()));
        assertThat(jdbc.sql("select doc_no from document where case_id = ?").param(c.id()).query(String.class).list())
                .anyMatch(n -> n.startsWith("测市监检告〔"));

        // moved as a whole, never under itself; kept while it has users
        mvc.perform(post("/admin/bureaus/" + code + "/move").with(admin).with(csrf()).param("parentCode", "370000"))
                .andExpect(redirectedUrl("/admin/bureaus/" + code));
        assertThat(bureaus.find(code).orElseThrow().path()).isEqualTo("/370000/" + code + "/");
        assertThat(page(mvc.perform(post("/admin/bureaus/370000/move").with(admin).with(csrf()).param("parentCode", code))))
                .contains("不能移到本局或其下级局之下");
        mvc.perform(post("/admin/bureaus/" + code + "/deactivate").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/bureaus/" + code));
        assertThat(bureaus.isActive(code)).isTrue();
        mvc.perform(post("/admin/users/" + handler + "/deactivate").with(admin).with(csrf()));
        mvc.perform(post("/admin/bureaus/" + code + "/deactivate").with(admin).with(csrf()));
        assertThat(bureaus.isActive(code)).isFalse();
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x" + code + "\",\"displayName\":\"x\",\"role\":\"HANDLER\","
                                + "\"scope\":\"" + code + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.scope").exists());

        // an institution is drawn for re-tests only once it has a user, and no longer once deactivated
        mvc.perform(post("/admin/institutions").with(admin).with(csrf()).param("code", lab).param("name", "测试检验所")
                .param("accreditationNo", "CMA-2026-0001").param("retestCapable", "true"))
                .andExpect(redirectedUrl("/admin/institutions/" + lab));
        try {
            assertThat(page(mvc.perform(get("/admin/institutions/" + lab).with(admin)))).contains("还没有在用用户");
            assertThat(codes(institutions.retestCapable())).doesNotContain(lab);
            mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"l" + code + "\",\"displayName\":\"测试检验员\",\"role\":\"INSTITUTION\","
                            + "\"scope\":\"" + lab + "\",\"password\":\"" + PASSWORD + "\"}")).andExpect(status().isCreated());
            assertThat(codes(institutions.retestCapable())).contains(lab);
        } finally {
            // the demo's re-tests must keep going to the demo institution
            mvc.perform(post("/admin/institutions/" + lab + "/deactivate").with(admin).with(csrf()));
        }
        assertThat(codes(institutions.retestCapable())).doesNotContain(lab);

        String history = page(mvc.perform(get("/admin/bureaus/" + code).with(admin)));
        assertThat(history).contains("文号前缀").contains("上级局").contains("370900").contains("370000");
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'admin' and action = 'ADMINISTRATION_CHANGED' and subject = ?")
                .param("bureau:" + code).query(Integer.class).single()).isGreaterThanOrEqualTo(3);

        // the enterprise registry, searchable, each enterprise with its cases
        assertThat(page(mvc.perform(get("/admin/enterprises").param("q", "91330106MA2H4K7P16").with(admin))))
                .contains("91330106MA2H4K7P16").contains("330106");
        assertThat(page(mvc.perform(get("/admin/enterprises/91330106MA2H4K7P16").with(admin))))
                .contains(c.caseNo()).contains("被抽样企业");

        for (String other : new String[] {"handler1", "supervisor1", "secadmin", "auditor"}) {
            mvc.perform(get("/admin/enterprises").with(user(accounts.loadUserByUsername(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/bureaus").with(user(accounts.loadUserByUsername(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/institutions").with(httpBasic(other, "demo"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void bureausAndInstitutionsByApiFollowTheSameRules() throws Exception {
        String code = "39" + String.format("%04d", new java.util.Random().nextInt(10_000));
        String lab = "LAB-API-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        api(post("/api/v1/admin/bureaus"), "{\"code\":\"" + code + "\",\"parentCode\":\"370900\",\"name\":\"接口测试局\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code));
        api(post("/api/v1/admin/bureaus"), "{\"code\":\"" + code + "\",\"parentCode\":\"370900\",\"name\":\"重复\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.code").value("代码 " + code + " 已存在"));
        api(put("/api/v1/admin/bureaus/" + code), "{\"name\":\"接口测试局（改名）\",\"numberPrefix\":\"接测\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.numberPrefix").value("接测"));
        // the bodies its decisions name for review and suit: its place's government and court, or those it names
        assertThat(bureaus.issuer(code)).isEqualTo(new Bureaus.Issuer("接口测试局（改名）", "接测",
                new Bureaus.Remedies("接口测试局（改名）", null, null)));
        api(put("/api/v1/admin/bureaus/" + code), "{\"name\":\"接口测试市场监督管理局\",\"reconsiderationBody\":"
                + "\"泰安市人民政府\",\"court\":\"泰安市泰山区人民法院\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.court").value("泰安市泰山区人民法院"));
        assertThat(bureaus.issuer(code).remedies())
                .isEqualTo(new Bureaus.Remedies("接口测试", "泰安市人民政府", "泰安市泰山区人民法院"));
        api(post("/api/v1/admin/bureaus/" + code + "/deactivate"), "").andExpect(status().isNoContent());
        assertThat(bureaus.isActive(code)).isFalse();
        api(post("/api/v1/admin/institutions"), "{\"code\":\"" + lab + "\",\"name\":\"接口测试所\",\"retestCapable\":false}")
                .andExpect(status().isCreated());
        api(post("/api/v1/admin/institutions/" + lab + "/deactivate"), "").andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/institutions").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + lab + "')].active").value(false));
        api(put("/api/v1/admin/bureaus/" + code), "{\"name\":\"x\"}", "supervisor1").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from registry_change where record_key = ?").param(code)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                              String body) throws Exception {
        return api(request, body, "admin");
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                              String body, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static List<String> codes(List<Institutions.Institution> list) {
        return list.stream().map(Institutions.Institution::code).toList();
    }

    private static String page(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
