package org.qualityloop.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.qualityloop.publication.EntryCorrections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public portal (issue 15, item 3): anyone reads the approved entries, searches and filters them, takes them
 * as JSON, CSV and Atom with caching headers; nothing unpublished is reachable; a withdrawal takes an entry away.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class PublicPortalIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;
    @Autowired EntryCorrections corrections;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApprovedEntryIsPublicAndNothingElseIs() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile published = published("责令整改，复查合格（泄漏电流已整改）");
        CaseFile drafted = driver.handlingReported();
        driver.complete(drafted, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "草稿，未审批"));
        UUID publicId = corrections.of(published.id()).orElseThrow().publicId();
        assertThat(corrections.of(drafted.id()).orElseThrow().publicId()).as("no public id before publication").isNull();

        String list = read("/public?q=" + published.intake().sampledEnterprise().uscc());
        assertThat(list).contains("杭州示例电器有限公司").contains("泄漏电流").contains("责令整改，复查合格")
                .doesNotContain("草稿，未审批").doesNotContain("/login");
        String entry = read("/public/entries/" + publicId);
        assertThat(entry).contains("电热水壶").contains("91330106MA2H4K7P16").contains("山东省产品质量检验研究院")
                .contains("责令整改，复查合格（泄漏电流已整改）").contains("肥城市市场监督管理局");
        mvc.perform(get("/public/entries/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/public/entries/" + drafted.id())).andExpect(status().isNotFound());

        String json = read("/public/entries.json?q=" + published.intake().reportNo().substring(0, 4) + "&outcome=RECTIFIED");
        assertThat(JsonPath.<Integer>read(json, "$.total")).isNotNull();
        String byProduct = read("/public/entries.json?q=电热水壶&year=2026&bureau=370983&outcome=RECTIFIED");
        assertThat(JsonPath.<List<String>>read(byProduct, "$.entries[*].id")).contains(publicId.toString());
        assertThat(JsonPath.<List<String>>read(byProduct, "$.entries[*].handling")).doesNotContain("草稿，未审批");
        String asTyped = read("/public/entries.json?q=电热水壶 杭州示例电器&year=2026&bureau=370983&outcome=RECTIFIED");
        assertThat(JsonPath.<List<String>>read(asTyped, "$.entries[*].id")).as("product and enterprise, as typed")
                .contains(publicId.toString());
        assertThat(JsonPath.<List<String>>read(read("/public/entries.json?q=电热水壶 91330106MA2H4K7P16"),
                "$.entries[*].id")).as("the enterprise's name stands between").doesNotContain(publicId.toString());
        assertThat(JsonPath.<List<String>>read(read("/public/entries.json?outcome=PENALISED&q=" + publicId),
                "$.entries[*].id")).isEmpty();
        assertThat(JsonPath.<List<String>>read(read("/public/entries.json?year=2019"), "$.entries")).isEmpty();

        MvcResult csv = mvc.perform(get("/public/entries.csv").param("q", "杭州示例电器")).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFF产品名称")
                .contains("责令整改，复查合格（泄漏电流已整改）").doesNotContain("草稿，未审批");
        String atom = read("/public/feed.atom");
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("urn:uuid:" + publicId);
    }

    @Test
    void pagesAndOpenDataAreCacheable() throws Exception {
        CaseDriver.today("2026-12-31");
        published("责令整改，复查合格");
        MvcResult first = mvc.perform(get("/public/entries.json")).andExpect(status().isOk())
                .andExpect(header().exists("ETag")).andExpect(header().exists("Last-Modified")).andReturn();
        mvc.perform(get("/public/entries.json").header("If-None-Match", first.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/public/feed.atom").header("If-Modified-Since", first.getResponse().getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        assertThat(mvc.perform(get("/public")).andReturn().getResponse().getCookie("SESSION")).as("no session").isNull();
    }

    @Test
    void aSupervisorCorrectsOrWithdrawsAnEntryWithAReasonAndThePublicFollows() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile c = published("责令整改，复查合格");
        UUID publicId = corrections.of(c.id()).orElseThrow().publicId();

        String refused = mvc.perform(post("/cases/" + c.id() + "/publication").with(csrf())
                        .with(user(users.loadUserByUsername("supervisor1")))
                        .param("handlingOutcome", "责令整改，复查合格（更正）").param("withdraw", "false").param("reason", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"e-reason\"").contains("责令整改，复查合格（更正）");
        mvc.perform(post("/cases/" + c.id() + "/publication").with(csrf()).with(user(users.loadUserByUsername("handler1")))
                .param("handlingOutcome", "x").param("withdraw", "true").param("reason", "y"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/cases/" + c.id() + "/publication").with(csrf()).with(user(users.loadUserByUsername("supervisor1")))
                        .param("handlingOutcome", "责令整改，复查合格（不合格项目更正为泄漏电流）").param("withdraw", "false")
                        .param("reason", "不合格项目表述有误"))
                .andExpect(status().is3xxRedirection());
        assertThat(read("/public/entries/" + publicId)).contains("不合格项目更正为泄漏电流");

        String ofEnterprise = "/public/entries.json?q=" + c.intake().sampledEnterprise().uscc();
        int listed = JsonPath.<Integer>read(read(ofEnterprise), "$.total");
        mvc.perform(post("/cases/" + c.id() + "/publication").with(csrf()).with(user(users.loadUserByUsername("supervisor1")))
                        .param("handlingOutcome", "x").param("withdraw", "true").param("reason", "经复核检验结论已被撤销"))
                .andExpect(status().is3xxRedirection());
        assertThat(JsonPath.<Integer>read(read(ofEnterprise), "$.total")).as("the count follows the withdrawal")
                .isEqualTo(listed - 1);
        mvc.perform(get("/public/entries/" + publicId)).andExpect(status().isNotFound());
        assertThat(read("/public/entries.json?q=" + c.intake().sampledEnterprise().uscc()))
                .doesNotContain(publicId.toString());
        assertThat(corrections.history(c.id())).extracting(EntryCorrections.Change::reason)
                .containsExactly("不合格项目表述有误", "经复核检验结论已被撤销");
    }

    private CaseFile published(String outcome) {
        CaseFile c = driver.handlingReported();
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", outcome));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
        return c;
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
