package org.qualityloop.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.ArchiveRows;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A public search for a name most entries share a part of is looked up by the rest of it and still finds exactly what
 * was typed ({@code paging.SearchFragment#without}). On an H2 database of its own, the entries' common trigrams
 * counted anew on every search.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PublicSearchByPartsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "public-parts");
        registry.add("qualityloop.publication.common-trigrams-kept", () -> "PT0S");
    }

    @Test
    void aNameMostEntriesSharePartOfIsFoundAsTyped() throws Exception {
        CaseFile c = driver.handlingReported();
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格"));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
        // 120 published enterprises named alike: 共同前, 同前缀, 前缀商, 缀商贸, 有限公, 限公司 in every one
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            names.add("共同前缀商贸" + i + "有限公司");
        }
        // and one holding 商贸7, the rest of "前缀商贸7" once its common trigrams are left out, but not the whole
        names.add("另一商贸7号共同前缀有限公司");
        for (int i = 0; i < names.size(); i++) {
            publishedLike(c, "-P" + i, names.get(i));
        }

        String found = mvc.perform(get("/public/entries.json").param("q", "前缀商贸7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> enterprises = JsonPath.read(found, "$.entries[*].enterprise");
        assertThat(enterprises).as("共同前缀商贸7 and 70 to 79, nothing else").hasSize(11)
                .allMatch(name -> name.startsWith("共同前缀商贸7")).doesNotContain("另一商贸7号共同前缀有限公司");
        assertThat(JsonPath.<Integer>read(found, "$.total")).isEqualTo(11);
    }

    /** The case and its published entry copied under another enterprise's name, as an archive holds them. */
    private void publishedLike(CaseFile of, String mark, String enterprise) {
        UUID id = ArchiveRows.casesLike(jdbc, of.id(), 1, mark, Map.of()).get(0);
        List<String> columns = ArchiveRows.columns(jdbc, "publication_entry", "case_id", "public_id",
                "enterprise_name");
        jdbc.update("insert into publication_entry (case_id, public_id, enterprise_name, " + String.join(", ", columns)
                + ") select ?, ?, ?, " + String.join(", ", columns) + " from publication_entry where case_id = ?",
                id, UUID.randomUUID(), enterprise, of.id());
    }
}
