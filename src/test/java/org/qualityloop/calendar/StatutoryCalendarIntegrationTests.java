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

    @Test
    void calendarDaysExcludeTheStartDayAndMoveOffAHoliday() {
        // domain.md §3: served on 2026-09-22 + 15 days -> 2026-10-07, a National Day holiday -> 2026-10-08
        Deadline objection = calendar.deadline(Step.OBJECTION, LocalDate.parse("2026-09-22"));
        assertThat(objection.dueOn()).isEqualTo("2026-10-08");
        assertThat(objection.verified()).isTrue();
        assertThat(objection.basis()).contains("产品质量法");
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
    void datesBeyondTheLoadedYearsAreCountedOnWeekendsAloneAndFlagged() {
        // 2026-12-20 + 15 = 2027-01-04 (Monday); 2027's notice is not loaded, so 2027-01-01 counts as a working day
        Deadline beyond = calendar.deadline(Step.OBJECTION, LocalDate.parse("2026-12-20"));
        assertThat(beyond.dueOn()).isEqualTo("2027-01-04");
        assertThat(beyond.verified()).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-01");
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
