package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13's "done when", in headless Chromium: a new administrator creates a bureau, a handler and an institution,
 * loads next year's holiday notice and sees a running deadline move, and opens Cockpit without signing in again;
 * no SQL anywhere. A database of its own: the year it loads would change what other tests expect.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class AdministrationBrowserIntegrationTests {

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    @Autowired CaseDeadlines deadlines;
    @Autowired ProcessEngine engine;
    @Autowired StatutoryCalendar calendar;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "admin-browser");
    }

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewAdministratorSetsUpABureauAHandlerAnInstitutionAndNextYearsCalendarInTheBrowser() throws Exception {
        // a rectification ordered today runs into next year, counted without its notice
        CaseFile c = driver.rectifyingToday();
        CaseDeadline before = deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow();
        int year = before.dueOn().getYear();
        assertThat(before.verified()).isFalse();
        LocalDate restDay = before.dueOn();

        try (Browser browser = new Browser("http://localhost:" + port, BrowserIntegrationTests.SCREENSHOTS)) {
            browser.signIn("admin");
            assertThat(browser.text()).contains(year + " 年的节假日安排尚未载入");
            browser.screenshot("admin-calendar-warning");

            browser.open("/admin/bureaus");
            browser.type("code", "370911");
            browser.type("parentCode", "370900");
            browser.type("name", "泰安市岱岳区市场监督管理局");
            browser.type("numberPrefix", "岱市监");
            browser.click(By.cssSelector("form[action$='/admin/bureaus'] button[type=submit]"));
            assertThat(browser.url()).endsWith("/admin/bureaus/370911");
            browser.screenshot("admin-bureau");

            browser.open("/admin/users/new");
            browser.type("username", "daiyue1");
            browser.type("displayName", "岱岳区承办人");
            browser.choose("role-HANDLER");
            browser.type("scope", "370911");
            browser.type("password", "Daiyue-Start-2026");
            browser.type("certificateNo", "37091100001");
            browser.click(By.cssSelector("form[action$='/admin/users'] button[type=submit]"));
            assertThat(browser.url()).endsWith("/admin/users/daiyue1");
            assertThat(browser.text()).contains("已新建用户 岱岳区承办人");
            browser.screenshot("admin-user");

            browser.open("/admin/institutions");
            browser.type("code", "LAB-DY");
            browser.type("name", "泰安市岱岳区检验所");
            browser.choose("retestCapable-false");
            browser.click(By.cssSelector("form[action$='/admin/institutions'] button[type=submit]"));
            assertThat(browser.url()).endsWith("/admin/institutions/LAB-DY");
            browser.screenshot("admin-institution");

            // next year's notice, made up for the test: the day the rectification ends is a rest day in it, beside the
            // statutory rest days the deadline was counted with (a notice replaces them: left out, as the Spring
            // Festival's would be for a rectification ordered in December, they would bring the end forward instead)
            StringBuilder notice = new StringBuilder("date,kind,name\n");
            for (LocalDate day = LocalDate.of(year, 1, 1); day.isBefore(restDay); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day) && day.getDayOfWeek().getValue() <= 5) {
                    notice.append(day).append(",HOLIDAY,法定假日\n");
                }
            }
            notice.append(restDay).append(",HOLIDAY,测试假日\n");
            browser.open("/admin/holidays");
            browser.type("year", String.valueOf(year));
            browser.type("csv", notice.toString());
            browser.click(By.cssSelector("form[action$='/admin/holidays/preview'] button[type=submit]"));
            assertThat(browser.find("#preview-cases")).contains(c.caseNo());
            browser.screenshot("admin-holidays-preview");
            browser.click(By.id("load-year"));
            assertThat(browser.find("#loaded-counts")).contains("期限已重新计算");
            browser.screenshot("admin-holidays-loaded");

            CaseDeadline after = deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow();
            assertThat(after.dueOn()).isAfter(restDay);
            assertThat(after.verified()).isTrue();
            browser.open("/cases/" + c.id());
            assertThat(browser.text()).contains(after.dueOn().toString());
            browser.screenshot("case-after-calendar");

            // the engine's tools, on the same sign-in
            browser.open("/camunda/app/cockpit/" + engine.getName() + "/");
            Thread.sleep(1500);
            assertThat(browser.url()).contains("/camunda/app/cockpit/").doesNotContain("login");
            assertThat(browser.text()).doesNotContain("出错了");
            browser.screenshot("cockpit");
        }
    }
}
