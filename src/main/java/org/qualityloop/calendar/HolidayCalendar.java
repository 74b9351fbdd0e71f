package org.qualityloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which days are working days, from the State Council's yearly notices kept in {@code holiday}. For a year
 * whose notice is not loaded, the rest days the law itself fixes ({@link StatutoryRestDays}) count as rest days
 * besides the weekends, and the year stays unverified: the notice adds bridge days and make-up working days.
 * Cached per node; each node looks every {@code qualityloop.calendar.refresh-interval} whether a year was loaded
 * (on any node) and reloads then, so a loaded notice counts everywhere without a restart.
 */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;
    private final Map<Integer, Map<LocalDate, String>> statutory = new ConcurrentHashMap<>();

    @Autowired
    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A calendar as it would be with one more year loaded, for a preview: nothing is stored. */
    private HolidayCalendar(Snapshot fixed) {
        this.jdbc = null;
        this.snapshot = fixed;
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

    HolidayCalendar withYear(HolidayYear year) {
        Snapshot current = snapshot();
        Map<LocalDate, Boolean> overrides = new HashMap<>(current.workingDayOverrides);
        year.entries().forEach(e -> overrides.put(e.date(), e.kind() == HolidayYear.Kind.WORKDAY));
        Set<Integer> years = new HashSet<>(current.coveredYears);
        years.add(year.year());
        return new HolidayCalendar(new Snapshot(Map.copyOf(overrides), Set.copyOf(years), current.signature));
    }

    /** Reloads when a year was loaded since this node last read the calendar (here or on another node). */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${qualityloop.calendar.refresh-interval:PT30S}")
    public void refreshIfChanged() {
        Snapshot current = snapshot;
        if (jdbc != null && current != null && !current.signature.equals(signature())) {
            snapshot = load();
        }
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private String signature() {
        return jdbc.sql("select count(*), max(loaded_at) from calendar_year")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2)).single();
    }

    private Snapshot load() {
        String signature = signature();
        Map<LocalDate, Boolean> overrides = jdbc.sql("select holiday_date, kind from holiday")
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), "WORKDAY".equals(rs.getString(2))))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<Integer> years = Set.copyOf(jdbc.sql("select calendar_year from calendar_year").query(Integer.class).list());
        return new Snapshot(overrides, years, signature);
    }

    private record Snapshot(Map<LocalDate, Boolean> workingDayOverrides, Set<Integer> coveredYears, String signature) {
    }
}
