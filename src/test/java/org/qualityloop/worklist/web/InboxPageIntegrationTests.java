package org.qualityloop.worklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox pages through its tasks, filters by stage and due state, and colours by due state. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class InboxPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired UserAccounts users;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void pagesFiltersAndMarksWhatIsOverdue() throws Exception {
        CaseDriver.today("2026-11-02");
        for (int i = 0; i < 26; i++) {
            driver.register();
        }
        // registered 2026-11-02: the notice is due in 5 working days, 2026-11-09
        String first = inbox("/inbox?stage=delivery&sort=CREATED_DESC");
        int total = Integer.parseInt(first.replaceAll("(?s).*共 ([\\d,]+) 项.*", "$1").replace(",", ""));
        assertThat(total).isGreaterThanOrEqualTo(26);
        assertThat(rows(first)).isEqualTo(25);
        assertThat(first).contains("第 1 / " + ((total + 24) / 25) + " 页").contains("page=1").contains("due-ON_TIME");

        String second = inbox("/inbox?stage=delivery&sort=CREATED_DESC&page=1");
        assertThat(rows(second)).isEqualTo(Math.min(25, total - 25));

        CaseDriver.today("2026-11-10");
        String overdue = inbox("/inbox?stage=delivery&due=OVERDUE");
        assertThat(rows(overdue)).isGreaterThanOrEqualTo(25);
        assertThat(overdue).contains("due-OVERDUE").doesNotContain("badge due-ON_TIME");
        assertThat(rows(inbox("/inbox?stage=penalty&due=OVERDUE"))).isZero();
    }

    private String inbox(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("handler1")))).andReturn().getResponse()
                .getContentAsString();
    }

    private static long rows(String page) {
        return Pattern.compile("data-task=\"").matcher(page).results().count();
    }
}
