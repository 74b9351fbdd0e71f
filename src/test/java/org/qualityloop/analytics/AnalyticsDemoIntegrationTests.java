package org.qualityloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17's done-when on a fresh demo: the supervisor opens /analytics and sees rates, grades and next year's targets,
 * and a number leads to its cases.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class AnalyticsDemoIntegrationTests {

    @DynamicPropertySource
    static void freshDemo(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "analytics-demo");
    }

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;

    @Test
    void theSupervisorSeesRatesGradesAndTargetsOnTheDemo() throws Exception {
        String page = page("/analytics");
        assertThat(page).contains("id=\"category-chart\"").contains("id=\"bureau-chart\"");
        // 家用电器 in the demo: results of this year over the 60 batches of this year's plan
        Matcher rate = Pattern.compile("data-key=\"家用电器\">\\s*<td>家用电器</td>\\s*<td><a href=\"([^\"]+)\">(\\d+)</a></td>"
                + "\\s*<td>60</td>\\s*<td>(\\d+\\.\\d)%</td>").matcher(page);
        assertThat(rate.find()).as("the rate of 家用电器 with its denominator").isTrue();
        assertThat(page).contains("grade-D").contains("id=\"category-targets\"").contains("id=\"enterprise-targets\"")
                .contains("id=\"plan-draft\"");
        // the link as a browser follows it: already encoded, not to be encoded again
        String list = mvc.perform(get(URI.create(rate.group(1).replace("&amp;", "&")))
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("共 " + rate.group(2) + " 件").contains("产品类别：家用电器");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("supervisor1")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
