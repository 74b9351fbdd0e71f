package org.qualityloop.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registering a result by hand: messages next to the fields, input kept, one case per report. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class RegistrationPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void badInputIsShownNextToItsFieldAndEverythingTypedIsKept() throws Exception {
        Map<String, String> form = valid();
        form.put("sampledEnterprise.uscc", "91330106MA2H4K7P17");
        form.remove("product.name");

        String page = submit("handler1", form).getResponse().getContentAsString();

        assertThat(page).contains("统一社会信用代码无效").contains("必填").contains("value=\"91330106MA2H4K7P17\"")
                .contains("value=\"泄漏电流\"").contains("value=\"" + form.get("reportNo") + "\"");
        assertThat(cases(form.get("reportNo"))).isZero();
    }

    @Test
    void theKnownBureausAndInstitutionsAreOfferedAsTheUserTypes() throws Exception {
        String page = mvc.perform(get("/cases/new").with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("list=\"list-institution\"").contains("list=\"list-bureauCode\"")
                .contains("<option value=\"LAB-TA\">泰安市产品质量监督检验所</option>")
                .contains("<option value=\"370983\">肥城市市场监督管理局</option>");
    }

    @Test
    void aValidResultBecomesOneCaseHoweverOftenItIsSubmitted() throws Exception {
        Map<String, String> form = valid();
        MvcResult first = submit("handler1", form);
        MvcResult again = submit("handler1", form);

        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(cases(form.get("reportNo"))).isEqualTo(1);
        mvc.perform(get(first.getResponse().getRedirectedUrl()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk());
    }

    @Test
    void failedItemRowsAreAddedAndRemovedWithoutScriptKeepingWhatWasTyped() throws Exception {
        Map<String, String> form = valid();
        form.put("addRow", "1");
        String two = submit("handler1", form).getResponse().getContentAsString();
        assertThat(two).contains("name=\"failedItems[1].item\"").doesNotContain("name=\"failedItems[2].item\"")
                .contains("value=\"泄漏电流\"").doesNotContain("id=\"e-");
        assertThat(cases(form.get("reportNo"))).as("adding a row registers nothing").isZero();

        Map<String, String> removing = valid();
        removing.put("rows", "2");
        removing.put("failedItems[1].item", "标志和说明");
        removing.put("failedItems[1].requirement", "应有中文警示");
        removing.put("failedItems[1].measured", "无");
        removing.put("failedItems[1].hazard", "LABELLING");
        removing.put("removeRow", "0");
        String one = submit("handler1", removing).getResponse().getContentAsString();
        assertThat(one).as("the second row moves up").contains("value=\"标志和说明\"").doesNotContain("value=\"泄漏电流\"")
                .doesNotContain("name=\"failedItems[1].item\"");
    }

    @Test
    void theEnterpriseIsLookedUpFromItsCreditCode() throws Exception {
        Map<String, String> form = valid();
        form.remove("sampledEnterprise.name");
        form.put("lookup", "sampledEnterprise");
        String page = submit("handler1", form).getResponse().getContentAsString();
        assertThat(page).contains("value=\"杭州示例电器有限公司\"");

        form.put("sampledEnterprise.uscc", "91110000802100433B");
        assertThat(submit("handler1", form).getResponse().getContentAsString()).contains("企业登记库中没有这个统一社会信用代码");

        String json = mvc.perform(get("/cases/new/enterprise").param("uscc", "91330106MA2H4K7P16")
                        .with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("杭州示例电器有限公司");
        mvc.perform(get("/cases/new/enterprise").param("uscc", "91330106MA2H4K7P16")
                .with(user(users.loadUserByUsername("enterprise2")))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownInstitutionIsRefusedWithWhatWasTypedKept() throws Exception {
        Map<String, String> form = valid();
        form.put("institution", "NOPE");
        String page = submit("handler1", form).getResponse().getContentAsString();
        assertThat(page).contains("id=\"e-institution\"").contains("未知或已停用的检验机构代码：NOPE").contains("value=\"NOPE\"");
        assertThat(cases(form.get("reportNo"))).isZero();
    }

    @Test
    void theTrademarkIsKeptAndPublishedWithTheCaseWhileOlderResultsKeepTheirFingerprint() throws Exception {
        Map<String, String> form = valid();
        form.put("product.trademark", "示例牌");
        MvcResult registered = submit("handler1", form);
        String caseFile = mvc.perform(get(registered.getResponse().getRedirectedUrl())
                        .with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(caseFile).contains("id=\"trademark\"").contains("示例牌");

        // a result without a trademark hashes as before the field existed: sending it again is a replay
        Map<String, String> plain = valid();
        assertThat(submit("handler1", plain).getResponse().getRedirectedUrl())
                .isEqualTo(submit("handler1", plain).getResponse().getRedirectedUrl());
        // the canonical JSON hashed for the fingerprint has no "trademark" key when there is none, as before
        assertThat(json.writeValueAsString(new org.qualityloop.intake.IntakeRequest.ProductData("a", null, null, "b")))
                .doesNotContain("trademark").contains("\"model\":null");
    }

    @Test
    void enterprisesCannotRegister() throws Exception {
        mvc.perform(get("/cases/new").with(user(users.loadUserByUsername("enterprise1")))).andExpect(status().isForbidden());
        Map<String, String> form = valid();
        assertThat(submit("enterprise1", form).getResponse().getStatus()).isEqualTo(403);
        assertThat(cases(form.get("reportNo"))).isZero();
    }

    private MvcResult submit(String username, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/new");
        form.forEach(request::param);
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private int cases(String reportNo) {
        return jdbc.sql("select count(*) from case_file where report_no = ?").param(reportNo).query(Integer.class).single();
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("reportNo", "PAGE-" + UUID.randomUUID());
        form.put("product.name", "电热水壶");
        form.put("product.category", "家用电器");
        form.put("sampledAt", "2026-08-20");
        form.put("reportIssuedAt", "2026-09-01");
        form.put("failedItems[0].item", "泄漏电流");
        form.put("failedItems[0].requirement", "≤0.75mA");
        form.put("failedItems[0].measured", "1.2mA");
        form.put("failedItems[0].hazard", "SAFETY");
        form.put("sampledEnterprise.uscc", "91330106MA2H4K7P16");
        form.put("sampledEnterprise.name", "杭州示例电器有限公司");
        form.put("bureauCode", "370983");
        form.put("organizingBureauCode", "370900");
        form.put("institution", "LAB-SD");
        return form;
    }
}
