package org.qualityloop.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Today" and "now" for the whole service, read from the engine clock so that timers, due dates
 * and our own date checks move together (tests move it with {@code ClockUtil}).
 */
@Component
public class BusinessClock {

    private final ZoneId zone;

    BusinessClock(CalendarProperties properties) {
        this.zone = properties.zone();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A day's last second: a step due on that day is on time until the day is over. */
    public Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
    }

    public LocalDate dayOf(Date date) {
        return LocalDate.ofInstant(date.toInstant(), zone);
    }
}
