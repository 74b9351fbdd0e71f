package org.qualityloop.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.ArchiveRows;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search that finds more cases than a list counts says "more than", and its pager still reaches every page: the
 * count goes two pages beyond the one asked for. Such a fragment is looked for among the newest year's cases first
 * ({@code CaseFiles.pageOfMatches}); its list is the same whether that year holds a page's count or not. On a
 * database of its own, on H2 and on PostgreSQL (a thousand cases would reach other tests' counts).
 */
public abstract class CaseSearchCountChecks {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAccounts users;
    @Autowired Bureaus bureaus;

    @Test
    void aSearchFindingMoreThanAThousandCasesSaysSoAndPagesOnToItsLastCase() throws Exception {
        CaseFile c = driver.register();
        jdbc.update("update case_file set product_name = '计数样品电水壶' where id = ?", c.id());
        // 1,049 more like it, as a restored archive holds them (25 to a page: 42 full pages)
        ArchiveRows.casesLike(jdbc, c.id(), 1049, "", Map.of());
        // one more in a city outside the supervisor's: with it the scope holds three of the registry's five bureaus,
        // and a fragment's search is kept to it by the two outside it (CaseFiles.conditionsOf)
        bureaus.add("370100", "济南市市场监督管理局", "370000");
        ArchiveRows.casesLike(jdbc, c.id(), 1, "-济南", Map.of("bureau_code", "'370100'"));

        assertThat(list("计数样品", 0)).contains("1,000 件以上").contains("第 1 / 40+ 页").contains("page=1");
        assertThat(list("计数样品", 39)).as("counted two pages beyond the one asked for")
                .contains("1,025 件以上").contains("第 40 / 41+ 页").contains("page=40");
        String last = list("计数样品", 41);
        assertThat(last).contains("共 1,050 件").contains("第 42 / 42 页").doesNotContain("page=42");
        assertThat(last.split("计数样品电水壶", -1)).hasSize(25 + 1);
        assertThat(list("计数样品", 99)).as("a page past the last, from an edited link, lands on the last")
                .contains("共 1,050 件").contains("第 42 / 42 页");
    }

    @Test
    void aFragmentFoundInManyCasesListsTheNewestFirstWhetherTheNewestYearHoldsAPageCountOrNot() throws Exception {
        CaseFile c = driver.register();
        // found in 1,150 cases, 1,100 of them registered in the newest year of all: its first pages lie in that year
        ArchiveRows.casesLike(jdbc, c.id(), 1100, "-Y33-", registered("跨年样品", "2033-06-01"));
        ArchiveRows.casesLike(jdbc, c.id(), 50, "-Y32-", registered("跨年样品", "2032-06-01"));
        // found in 1,200, none in that year and 600 in the year before each: every match is read
        ArchiveRows.casesLike(jdbc, c.id(), 600, "-Y31-", registered("隔年样品", "2031-06-01"));
        ArchiveRows.casesLike(jdbc, c.id(), 600, "-Y30-", registered("隔年样品", "2030-06-01"));

        String first = list("跨年样品", 0);
        assertThat(first).contains("1,000 件以上").contains("-Y33-").doesNotContain("-Y32-");
        assertThat(list("跨年样品", 39)).contains("1,025 件以上").contains("-Y33-").doesNotContain("-Y32-");
        String last = list("跨年样品", 45);
        assertThat(last).as("the older year's cases after the newest year's")
                .contains("共 1,150 件").contains("第 46 / 46 页").contains("-Y32-").doesNotContain("-Y33-");

        assertThat(list("隔年样品", 0)).contains("1,000 件以上").contains("第 1 / 40+ 页")
                .contains("-Y31-").doesNotContain("-Y30-");
        assertThat(list("隔年样品", 24)).contains("1,000 件以上").contains("第 25 / 40+ 页")
                .contains("-Y30-").doesNotContain("-Y31-");
        assertThat(list("隔年样品", 47)).contains("共 1,200 件").contains("第 48 / 48 页");
    }

    private static Map<String, String> registered(String product, String day) {
        return Map.of("product_name", "'" + product + "'", "registered_on", "date '" + day + "'",
                "registered_at", "timestamp '" + day + " 10:00:00'");
    }

    private String list(String fragment, int page) throws Exception {
        return mvc.perform(get("/cases").param("q", fragment).param("page", String.valueOf(page))
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
