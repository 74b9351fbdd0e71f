package org.qualityloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Period counting against the official calendar seeded by Flyway. */
@QualityLoopIntegrationTest
class StatutoryCalendarIntegrationTests {

    @Autowired StatutoryCalendar calendar;
    @Autowired DeadlineRules rules;
    @Autowired org.qualityloop.oversight.OversightProperties oversight;

    @Test
    void calendarDaysExcludeTheStartDayAndMoveOffAHoliday() {
        // domain.md §3: served on 2026-09-22 + 15 days -> 2026-10-07, a National Day holiday -> 2026-10-08
        Deadline objection = calendar.deadline(Step.OBJECTION, LocalDate.parse("2026-09-22"));
        assertThat(objection.dueOn()).isEqualTo("2026-10-08");
        assertThat(objection.verified()).isTrue();
        assertThat(objection.basis()).contains("产品质量法");
    }

    @Test
    void inAYearNotLoadedTheRestDaysTheLawFixesAreRestDaysAndTheDateStaysUnverified() {
        // issue 13: counted on weekends alone these fell on 元旦 and 正月初三 (2027-02-08)
        Deadline rectification = calendar.deadline(Step.RECTIFICATION, LocalDate.parse("2026-11-02"));
        assertThat(rectification.dueOn()).as("60 days end on 元旦 2027-01-01").isEqualTo("2027-01-04");
        assertThat(rectification.verified()).isFalse();
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-11-10"), 90)).as("正月初三").isEqualTo("2027-02-09");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-05"))).as("除夕").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-09-15"))).as("中秋").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-10"))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.parse("2027-02-04"), 1)).as("over 除夕 to 初三").isEqualTo("2027-02-09");
    }

    @Test
    void aWindowOpensOnItsDayEvenARestDayWhileThePeriodsLastDayMoves() {
        // announced 2026-08-02: day 60 is 2026-10-01 (National Day), day 90 is 2026-10-31 (Saturday)
        assertThat(calendar.deadline(Step.SECOND_REINSPECTION_OPENS, LocalDate.parse("2026-08-02")).dueOn())
                .isEqualTo("2026-10-01");
        assertThat(calendar.deadline(Step.SECOND_REINSPECTION, LocalDate.parse("2026-08-02")).dueOn())
                .isEqualTo("2026-11-02");
    }

    @Test
    void legalBasesSayOnlyWhatTheTextSaysAndCarryNoWorkingNotes() {
        for (Step step : Step.values()) {
            DeadlineRule rule = rules.get(step);
            assertThat(rule.basis()).as(step.name()).doesNotContain("[待核]").doesNotContain("[check]").isNotBlank();
        }
        assertThat(rules.get(Step.RESULT_NOTICE).basisVerified()).isFalse();
        assertThat(rules.get(Step.OBJECTION).basisVerified()).isTrue();
        // 18号令 Art.48 sets no period for the report to the province
        assertThat(rules.get(Step.REPORT_TO_PROVINCE).basis()).doesNotContain("第四十八条");
        oversight.extensions().forEach((step, rule) -> assertThat(rule.basis()).as(step.name()).doesNotContain("[check]"));
        assertThat(oversight.extensions().get(Step.RECTIFICATION).basisVerified()).isFalse();
    }

    @Test
    void calendarDaysEndingOnAWorkingDayStayThere() {
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-11-02"), 15)).isEqualTo("2026-11-17");
    }

    @Test
    void calendarDaysEndingOnAWeekendMoveToMonday() {
        // 2026-11-06 + 15 = Saturday 2026-11-21
        assertThat(calendar.addCalendarDays(LocalDate.parse("2026-11-06"), 15)).isEqualTo("2026-11-23");
    }

    @Test
    void workingDaysSkipHolidaysAndCountMakeUpWorkingDays() {
        // from Friday 2026-09-18: Sun 09-20 is a make-up working day (1), 21 (2), 22 (3), 23 (4), 24 (5)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-18"), 5)).isEqualTo("2026-09-24");
        // from 2026-09-30: 10-01..10-07 holiday, Fri 10-09 (2), Sat 10-10 make-up day (3)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 3)).isEqualTo("2026-10-10");
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-02"))).isTrue();
    }

    @Test
    void periodsCrossTheYearBoundaryIntoAnUnloadedYearAreUnverified() {
        // 2025-12-30 + 5 working days crosses into 2026: 31 (1), 01-01..03 holiday, Sun 01-04 make-up (2), 5, 6, 7
        Deadline crossing = calendar.deadline(Step.RESULT_NOTICE, LocalDate.parse("2025-12-30"));
        assertThat(crossing.dueOn()).isEqualTo("2026-01-07");
        assertThat(crossing.verified()).isTrue();
    }

    @Test
    void datesBeyondTheLoadedYearsAreFlaggedAndSkipOnlyTheRestDaysTheLawFixes() {
        // 2026-12-20 + 15 = 2027-01-04 (Monday); 2027's notice is not loaded, so the date is provisional
        Deadline beyond = calendar.deadline(Step.OBJECTION, LocalDate.parse("2026-12-20"));
        assertThat(beyond.dueOn()).isEqualTo("2027-01-04");
        assertThat(beyond.verified()).isFalse();
        // 元旦 is a rest day by law whatever the notice will add; then the weekend
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-04");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2027-01-05"), 1)).isEqualTo("2027-01-06");
    }

    @Test
    void theEngineCalendarResolvesRuleDescriptionsToTheEndOfTheDueDay() {
        var engineCalendar = new StatutoryBusinessCalendar(calendar,
                new BusinessClock(new CalendarProperties(java.time.ZoneId.of("Asia/Shanghai"))),
                new org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar());
        var due = engineCalendar.resolveDuedate("OBJECTION@2026-09-22", (java.util.Date) null);
        assertThat(due.toInstant()).hasToString("2026-10-08T15:59:59Z");
        assertThat(engineCalendar.resolveDuedate("@2026-12-01", (java.util.Date) null).toInstant())
                .hasToString("2026-12-01T15:59:59Z");
    }
}
