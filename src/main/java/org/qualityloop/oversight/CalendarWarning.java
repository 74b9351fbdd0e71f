package org.qualityloop.oversight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.HolidayYears;
import org.qualityloop.casefile.CaseDeadlines;
import org.springframework.stereotype.Component;

/**
 * Warns administrators, from 60 days before a year starts (and throughout it), that its holiday notice is not
 * loaded, with how many running deadlines wait for it. The count is kept a few minutes: every administrator's
 * page asks for it.
 */
@Component("calendarWarning")
public class CalendarWarning {

    static final int DAYS_AHEAD = 60;
    private static final Duration KEPT = Duration.ofMinutes(5);

    /** The year not loaded, the days until it starts (0 once it has), the deadlines waiting for it. */
    public record Warning(int year, long daysLeft, long deadlines) {
    }

    private final HolidayYears years;
    private final CaseDeadlines deadlines;
    private final BusinessClock clock;
    private volatile Cached cached;

    CalendarWarning(HolidayYears years, CaseDeadlines deadlines, BusinessClock clock) {
        this.years = years;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The warning to show now, or null when the coming year is loaded or still more than 60 days away. */
    public Warning current() {
        Instant now = clock.now();
        Cached c = cached;
        if (c != null && c.at().plus(KEPT).isAfter(now) && c.today().equals(clock.today())) {
            return c.warning();
        }
        Warning warning = compute(clock.today());
        cached = new Cached(now, clock.today(), warning);
        return warning;
    }

    Warning compute(LocalDate today) {
        for (int year : new int[] {today.getYear(), today.getYear() + 1}) {
            LocalDate start = LocalDate.of(year, 1, 1);
            long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, start));
            if (daysLeft <= DAYS_AHEAD && !years.isLoaded(year)) {
                return new Warning(year, daysLeft, deadlines.countUnverifiedIn(year));
            }
        }
        return null;
    }

    /** Forgets the kept warning: a year was just loaded. */
    public void reset() {
        cached = null;
    }

    private record Cached(Instant at, LocalDate today, Warning warning) {
    }
}
