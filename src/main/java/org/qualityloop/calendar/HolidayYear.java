package org.qualityloop.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qualityloop.forms.FieldErrors;

/**
 * One year of the State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知): its rest days and
 * make-up working days, read from CSV ({@code date,kind,name}, the form of the seed) and checked before anything
 * is stored: every date inside the year and given once, a make-up working day on a weekend, every day named.
 */
public record HolidayYear(int year, String source, List<Entry> entries) {

    /** A rest day ({@code HOLIDAY}) or a make-up working day ({@code WORKDAY}, 调休上班). */
    public record Entry(LocalDate date, Kind kind, String name) {
    }

    public enum Kind { HOLIDAY, WORKDAY }

    private static final int NAME_MAX = 40;
    private static final int SOURCE_MAX = 200;
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /**
     * Reads and checks the notice; problems are reported on {@code csv} with their line numbers (all of them, so
     * the administrator corrects the file once) and on {@code source}.
     */
    public static HolidayYear parse(int year, String source, String csv) {
        FieldErrors errors = new FieldErrors();
        String named = source == null ? "" : source.strip();
        if (named.isEmpty()) {
            errors.reject("source", "validation.required");
        } else if (named.length() > SOURCE_MAX) {
            errors.reject("source", "validation.tooLong", SOURCE_MAX);
        }
        List<Entry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int line = 0;
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv == null ? "" : csv.strip())) {
            while (rows.hasNextValue()) {
                List<String> row = rows.nextValue();
                line++;
                if (line == 1 && !row.isEmpty() && "date".equalsIgnoreCase(row.get(0))) {
                    continue;
                }
                Entry entry = entry(year, row, line, seen, errors);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.reject(line(line + 1), "holidays.error.unreadable", line + 1);
        }
        if (entries.isEmpty() && !errors.hasErrors()) {
            errors.reject("csv", "holidays.error.empty");
        }
        errors.throwIfAny();
        return new HolidayYear(year, named, List.copyOf(entries));
    }

    private static Entry entry(int year, List<String> row, int line, Set<LocalDate> seen, FieldErrors errors) {
        if (row.size() != 3) {
            errors.reject(line(line), "holidays.error.columns", line, row.size());
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(row.get(0));
        } catch (DateTimeParseException e) {
            errors.reject(line(line), "holidays.error.date", line, row.get(0));
            return null;
        }
        Kind kind;
        try {
            kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject(line(line), "holidays.error.kind", line, row.get(1));
            return null;
        }
        String name = row.get(2);
        boolean ok = true;
        if (date.getYear() != year) {
            errors.reject(line(line), "holidays.error.otherYear", line, date.toString(), String.valueOf(year));
            ok = false;
        }
        if (!seen.add(date)) {
            errors.reject(line(line), "holidays.error.twice", line, date.toString());
            ok = false;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == Kind.WORKDAY && !weekend) {
            errors.reject(line(line), "holidays.error.workdayOnWeekday", line, date.toString());
            ok = false;
        }
        if (name.isBlank()) {
            errors.reject(line(line), "holidays.error.unnamed", line, date.toString());
            ok = false;
        } else if (name.length() > NAME_MAX || name.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            errors.reject(line(line), "holidays.error.name", line, NAME_MAX);
            ok = false;
        }
        return ok ? new Entry(date, kind, name) : null;
    }

    /** Problems of one line are reported on {@code csv[line]}, so that every line's problem is listed. */
    private static String line(int line) {
        return "csv[" + line + "]";
    }

    public long holidays() {
        return entries.stream().filter(e -> e.kind() == Kind.HOLIDAY).count();
    }

    public long workdays() {
        return entries.stream().filter(e -> e.kind() == Kind.WORKDAY).count();
    }
}
