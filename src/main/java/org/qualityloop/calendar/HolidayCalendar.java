package org.qualityloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which days are working days, from the State Council's yearly notices kept in {@code holiday}. For a year
 * whose notice is not loaded, the rest days the law itself fixes ({@link StatutoryRestDays}) count as rest days
 * besides the weekends, and the year stays unverified: the notice adds bridge days and make-up working days.
 * Loaded once per node and cached: the data changes once a year, and a change takes effect on restart.
 */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;
    private final Map<Integer, Map<LocalDate, String>> statutory = new java.util.concurrent.ConcurrentHashMap<>();

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate day) {
        Snapshot current = snapshot();
        Boolean official = current.workingDayOverrides.get(day);
        if (official != null) {
            return official;
        }
        if (!current.coveredYears.contains(day.getYear()) && statutory(day.getYear()).containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The rest days the law fixes for a year, with their festivals; the same whether or not the year is loaded. */
    public Map<LocalDate, String> statutory(int year) {
        return statutory.computeIfAbsent(year, StatutoryRestDays::of);
    }

    /** True when the official notice for the day's year is loaded, so {@link #isWorkingDay} is authoritative. */
    public boolean isCovered(LocalDate day) {
        return snapshot().coveredYears.contains(day.getYear());
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<LocalDate, Boolean> overrides = jdbc.sql("select holiday_date, kind from holiday")
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), "WORKDAY".equals(rs.getString(2))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<Integer> years = Set.copyOf(jdbc.sql("select calendar_year from calendar_year").query(Integer.class).list());
        return new Snapshot(overrides, years);
    }

    private record Snapshot(Map<LocalDate, Boolean> workingDayOverrides, Set<Integer> coveredYears) {
    }
}
