package org.qualityloop.calendar;

import java.time.LocalDate;

/**
 * How a due date stands today: overdue (the day has passed), due soon (within the next three working
 * days, today included), or on time. Lists colour by it and filter by it.
 */
public enum DueState {
    OVERDUE,
    DUE_SOON,
    ON_TIME;

    public static final int SOON_WORKING_DAYS = 3;

    public static DueState of(LocalDate due, LocalDate today, StatutoryCalendar calendar) {
        return of(due, today, soonUntil(today, calendar));
    }

    /** The state with the end of "due soon" worked out once, for a whole list; no due day is on time. */
    public static DueState of(LocalDate due, LocalDate today, LocalDate soonUntil) {
        if (due == null || due.isAfter(soonUntil)) {
            return ON_TIME;
        }
        return due.isBefore(today) ? OVERDUE : DUE_SOON;
    }

    /** The last day that still counts as due soon. */
    public static LocalDate soonUntil(LocalDate today, StatutoryCalendar calendar) {
        return calendar.addWorkingDays(today, SOON_WORKING_DAYS);
    }
}
