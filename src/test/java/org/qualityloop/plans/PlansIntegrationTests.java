package org.qualityloop.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spot-check plans and their handling reports (issue 15, items 1 and 4): a plan with its batches, its cases listed
 * by plan, each bureau's report made from the data and submitted, the organiser's roll-up, scope kept.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PlansIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired CaseDriver driver;
    @Autowired IntakeService intake;
    @Autowired Plans plans;
    @Autowired HandlingReports reports;

    @Test
    void aPlansCasesAreListedReportedPerBureauAndRolledUpForTheOrganiser() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "2026年电器产品监督抽查（" + code + "）";

        String refused = page(post("/plans").with(csrf()).param("code", code).param("name", name).param("year", "2026")
                .param("organizingBureau", "370900").param("quotas", "家用电器,370983,40\n坏的一行"), "handler1");
        assertThat(refused).contains("只有组织单位的科室负责人或系统管理员可以新建计划").contains("第 2 行抽样批次格式不对")
                .contains("value=\"" + code + "\"");
        mvc.perform(post("/plans").with(csrf()).with(user(users.loadUserByUsername("supervisor1")))
                        .param("code", code).param("name", name).param("year", "2026").param("organizingBureau", "370900")
                        .param("quotas", "家用电器,370983,40\n家用电器,370902,30"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.quotas(code)).extracting(Plans.Quota::batches).containsExactlyInAnyOrder(40, 30);

        CaseFile byCode = register("handler1", "370983", code);
        CaseFile byName = register("handler1", "370983", name);
        CaseFile elsewhere = register("handler2", "370902", code);
        CaseFile other = driver.register();

        String list = page(get("/cases").param("plan", code), "handler1");
        assertThat(list).contains(byCode.caseNo()).contains(byName.caseNo()).doesNotContain(other.caseNo())
                .doesNotContain(elsewhere.caseNo());

        Plan plan = plans.find(code).orElseThrow();
        HandlingReports.Draft draft = reports.draft(driver.actor("handler1"), plan, "370983");
        assertThat(draft.lines()).extracting(HandlingReports.Line::caseNo)
                .containsExactlyInAnyOrder(byCode.caseNo(), byName.caseNo());
        assertThat(draft.lines()).allSatisfy(l -> assertThat(l.stage()).isEqualTo("结果送达"));
        assertThat(page(post("/plans/" + code + "/reports/370983").with(csrf()), "handler1"))
                .contains("只有本单位的科室负责人可以报送处理情况报告");
        assertThat(reports.submitted(code)).as("a handler cannot submit").isEmpty();

        mvc.perform(post("/plans/" + code + "/reports/370983").with(csrf()).with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/" + code + "/reports/370902").with(csrf()).with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().is3xxRedirection());
        List<HandlingReports.Submitted> submitted = reports.submitted(code);
        assertThat(submitted).hasSize(2);
        HandlingReports.Submitted feicheng = submitted.stream().filter(s -> s.bureauCode().equals("370983")).findFirst()
                .orElseThrow();
        assertThat(feicheng.cases()).isEqualTo(2);
        assertThat(feicheng.reportNo()).contains("计报〔");

        byte[] pdf = mvc.perform(get("/plans/" + code + "/submitted/" + feicheng.id() + ".pdf")
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("处理情况报告").contains(feicheng.reportNo())
                    .contains(byCode.caseNo()).contains("泰安市市场监督管理局");
        }
        String rollUp = page(get("/plans/" + code), "supervisor1");
        assertThat(rollUp).contains("肥城市市场监督管理局").contains("泰安市泰山区市场监督管理局").contains(feicheng.reportNo());
        assertThat(rollUp.substring(rollUp.indexOf("id=\"rollup-total\""))).as("rolled up: 2 + 1 cases")
                .contains("合计（2 个单位）").contains("<td>3</td>");
        // a bureau reads its own report, not its neighbour's
        mvc.perform(get("/plans/" + code + "/submitted/" + feicheng.id() + ".pdf").with(user(users.loadUserByUsername("handler2"))))
                .andExpect(status().isNotFound());
        assertThat(page(get("/plans/" + code), "handler2")).doesNotContain(feicheng.reportNo());
    }

    private CaseFile register(String handler, String bureau, String plan) {
        IntakeRequest base = CaseDriver.request("LABELLING", "家用电器");
        return intake.register(new IntakeRequest(base.reportNo(), base.product(), base.sampledAt(), base.reportIssuedAt(),
                base.failedItems(), base.sampledEnterprise(), base.producer(), bureau, "370900", base.institution(), plan,
                false), driver.actor(handler)).caseFile();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
            throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
                .getContentAsString();
    }
}
