package org.qualityloop.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Counts periods as domain.md §3 says: the start day is not counted; a calendar-day period whose
 * last day is a rest day ends on the next working day; working days skip weekends and holidays
 * but include official make-up working days (调休上班日).
 */
@Component
public class StatutoryCalendar {

    private final HolidayCalendar holidays;
    private final DeadlineRules rules;

    StatutoryCalendar(HolidayCalendar holidays, DeadlineRules rules) {
        this.holidays = holidays;
        this.rules = rules;
    }

    /** The same counting as it would be with one more year's notice loaded: for a preview, nothing is stored. */
    public StatutoryCalendar withYear(HolidayYear year) {
        return new StatutoryCalendar(holidays.withYear(year), rules);
    }

    public Deadline deadline(Step step, LocalDate startsOn) {
        DeadlineRule rule = rules.get(step);
        LocalDate due = due(step, startsOn, rule.amount(), rule.unit());
        return new Deadline(step, startsOn, due, rule.amount(), rule.unit(), rule.basis(), covers(startsOn, due),
                rule.basisVerified());
    }

    /**
     * The last day of a period of this length from {@code startsOn}, as the step counts it: also for a deadline
     * started under an earlier version of its rule, which keeps the length it was started with.
     */
    public LocalDate due(Step step, LocalDate startsOn, int amount, PeriodUnit unit) {
        return unit == PeriodUnit.WORKING_DAYS ? addWorkingDays(startsOn, amount)
                // only a period's last day moves off a rest day: a window that opens on day N opens on day N
                : step.opensWindow() ? startsOn.plusDays(amount)
                : addCalendarDays(startsOn, amount);
    }

    public LocalDate addCalendarDays(LocalDate start, int days) {
        return nextWorkingDayFrom(start.plusDays(days));
    }

    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (holidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working day that lies {@code days} working days before {@code end}: when a reminder is due. */
    public LocalDate minusWorkingDays(LocalDate end, int days) {
        LocalDate day = end;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (holidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day itself if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!holidays.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    public boolean isWorkingDay(LocalDate day) {
        return holidays.isWorkingDay(day);
    }

    /** Every year the period touches must have its official notice loaded. */
    public boolean covers(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!holidays.isCovered(LocalDate.of(year, 1, 1))) {
                return false;
            }
        }
        return true;
    }
}
