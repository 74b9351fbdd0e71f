package org.qualityloop.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search that finds more cases than a list counts says "more than", and its pager still reaches every page: the
 * count goes two pages beyond the one asked for. On an H2 database of its own (a thousand cases would reach other
 * tests' counts).
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class CaseSearchCountIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Bureaus bureaus;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "counts");
    }

    @Test
    void aSearchFindingMoreThanAThousandCasesSaysSoAndPagesOnToItsLastCase() throws Exception {
        CaseFile c = driver.register();
        jdbc.sql("update case_file set product_name = '计数样品电水壶' where id = ?").param(c.id()).update();
        // 1,049 more like it, as a restored archive holds them (25 to a page: 42 full pages)
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns where table_name = 'CASE_FILE'
                and column_name not in ('ID', 'CASE_NO', 'REPORT_NO') and is_generated = 'NEVER'
                order by ordinal_position""")
                .query(String.class).list();
        String copied = String.join(", ", columns);
        jdbc.sql("insert into case_file (id, case_no, report_no, " + copied + ")"
                        + " select random_uuid(), case_no || '-' || x, report_no || '-' || x, " + copied
                        + " from case_file, system_range(1, 1049) where id = ?").param(c.id()).update();
        // one more in a city outside the supervisor's: with it the scope holds three of the registry's five bureaus,
        // and a fragment's search is kept to it by the two outside it (CaseFiles.conditionsOf)
        bureaus.add("370100", "济南市市场监督管理局", "370000");
        String inJinan = String.join(", ",
                columns.stream().map(n -> n.equals("BUREAU_CODE") ? "'370100'" : n).toList());
        jdbc.sql("insert into case_file (id, case_no, report_no, " + copied + ")"
                        + " select random_uuid(), case_no || '-济南', report_no || '-济南', " + inJinan
                        + " from case_file where id = ?").param(c.id()).update();

        assertThat(list(0)).contains("1,000 件以上").contains("第 1 / 40+ 页").contains("page=1");
        assertThat(list(39)).as("counted two pages beyond the one asked for")
                .contains("1,025 件以上").contains("第 40 / 41+ 页").contains("page=40");
        String last = list(41);
        assertThat(last).contains("共 1,050 件").contains("第 42 / 42 页").doesNotContain("page=42");
        assertThat(last.split("计数样品电水壶", -1)).hasSize(25 + 1);
        assertThat(list(99)).as("a page past the last, from an edited link, lands on the last")
                .contains("共 1,050 件").contains("第 42 / 42 页");
    }

    private String list(int page) throws Exception {
        return mvc.perform(get("/cases").param("q", "计数样品").param("page", String.valueOf(page))
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
