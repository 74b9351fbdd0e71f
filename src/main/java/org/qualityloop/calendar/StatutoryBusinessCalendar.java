package org.qualityloop.calendar;

import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/**
 * Resolves the due-date descriptions used in {@code processes/}:
 * <ul>
 *   <li>{@code OBJECTION@2026-09-22}: the OBJECTION rule counted from that date;</li>
 *   <li>{@code CLASSIFICATION}: the rule counted from today (internal targets start when the task arrives);</li>
 *   <li>{@code @2026-12-01}: the end of that very day.</li>
 * </ul>
 * The result is the last second of the due day. Anything else (ISO dates and durations) goes to
 * Camunda's own calendar, so ordinary timer syntax keeps working.
 */
class StatutoryBusinessCalendar implements BusinessCalendar {

    private static final Pattern STATUTORY = Pattern.compile("^([A-Z][A-Z_]*)?(?:@(\\d{4}-\\d{2}-\\d{2}))?$");

    private final StatutoryCalendar calendar;
    private final BusinessClock clock;
    private final BusinessCalendar fallback;

    StatutoryBusinessCalendar(StatutoryCalendar calendar, BusinessClock clock, BusinessCalendar fallback) {
        this.calendar = calendar;
        this.clock = clock;
        this.fallback = fallback;
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        Matcher statutory = STATUTORY.matcher(description.trim());
        if (description.isBlank() || !statutory.matches()) {
            return fallback.resolveDuedate(description, startDate);
        }
        Step step = statutory.group(1) == null ? null : Step.valueOf(statutory.group(1));
        LocalDate from = statutory.group(2) != null ? LocalDate.parse(statutory.group(2))
                : startDate != null ? clock.dayOf(startDate) : clock.today();
        LocalDate due = step == null ? from : calendar.deadline(step, from).dueOn();
        return clock.endOf(due);
    }
}
