package org.qualityloop.intake;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualityloop.forms.FieldErrors;

/**
 * A sheet's rows read as registrations: headers matched by their usual names, values folded (full-width digits and
 * spaces), several failed items in one cell split at 、；; or line breaks, dates in every form the sheets use. What
 * only the case data can settle (bureau, institution and organiser by name) is left to {@link Jurisdiction}.
 */
final class SheetRows {

    /** A data row: its number in the sheet, its cells by column, and what could not be read. */
    record Read(int rowNo, List<String> cells, Map<SheetColumn, String> values, FieldErrors problems) {
        String get(SheetColumn column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The header row and the data rows, or why the sheet cannot be read at all. */
    record Sheet(Map<SheetColumn, Integer> columns, List<String> headers, List<Read> rows, FieldErrors problems) {
    }

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[、；;]|\\R)\\s*");
    private static final Pattern DOTTED = Pattern.compile("(\\d{4})\\s*[./\\-年]\\s*(\\d{1,2})\\s*[./\\-月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final List<SheetColumn> NEEDED = List.of(SheetColumn.REPORT_NO, SheetColumn.PRODUCT,
            SheetColumn.ENTERPRISE, SheetColumn.ITEMS);

    private SheetRows() {
    }

    /** The first row with any known column is the header; the rows above it (a title) are passed over. */
    static Sheet read(List<List<String>> rows) {
        for (int h = 0; h < Math.min(rows.size(), 10); h++) {
            Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
            List<String> headers = rows.get(h);
            for (int i = 0; i < headers.size(); i++) {
                int index = i;
                SheetColumn.of(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
            }
            if (columns.size() < 3) {
                continue;
            }
            List<String> missing = NEEDED.stream().filter(c -> !columns.containsKey(c)).map(SheetColumn::usualName).toList();
            if (!missing.isEmpty()) {
                return new Sheet(columns, headers, List.of(),
                        new FieldErrors().reject("file", "import.missingColumns", String.join("、", missing)));
            }
            List<Read> read = new ArrayList<>();
            for (int r = h + 1; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
                columns.forEach((column, index) -> values.put(column, index < cells.size() ? fold(cells.get(index)) : ""));
                read.add(new Read(r + 1, cells, values, new FieldErrors()));
            }
            return new Sheet(columns, headers, read, new FieldErrors());
        }
        return new Sheet(Map.of(), List.of(), List.of(), new FieldErrors().reject("file", "import.noHeader"));
    }

    /** Full-width letters, digits and spaces to half-width; runs of spaces to one; line breaks kept. */
    static String fold(String cell) {
        if (cell == null) {
            return "";
        }
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC).replace('\u00A0', ' ');
        return folded.replaceAll("[ \\t]+", " ").strip();
    }

    /** The failed items of a row: items, requirements and measured values split alike, one requirement for all. */
    static List<String[]> items(Read row) {
        List<String> items = split(row.get(SheetColumn.ITEMS));
        List<String> requirements = split(row.get(SheetColumn.REQUIREMENTS));
        List<String> measured = split(row.get(SheetColumn.MEASURED));
        List<String> hazards = split(row.get(SheetColumn.HAZARD));
        if (requirements.size() > 1 && requirements.size() != items.size()
                || measured.size() > 1 && measured.size() != items.size()) {
            row.problems().reject(SheetColumn.ITEMS.usualName(), "import.itemCounts", items.size());
        }
        List<String[]> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(new String[] {items.get(i), pick(requirements, i), pick(measured, i), pick(hazards, i)});
        }
        return result;
    }

    private static String pick(List<String> values, int i) {
        if (values.isEmpty()) {
            return "";
        }
        return values.size() == 1 ? values.get(0) : i < values.size() ? values.get(i) : "";
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(SPLIT.split(cell.strip())).stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * A date as the sheets write it: 2026-09-01, 2026.9.1, 2026/9/1, 2026年9月1日, 20260901 or Excel's serial
     * number; anything else is given back as it is, for the registration's own check to name.
     */
    static String date(String cell) {
        String text = cell == null ? "" : cell.strip();
        try {
            Matcher dotted = DOTTED.matcher(text);
            if (dotted.matches()) {
                return LocalDate.of(Integer.parseInt(dotted.group(1)), Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(3))).toString();
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))).toString();
            }
            if (SERIAL.matcher(text).matches()) {
                // Excel counts days from 1899-12-30 (its 1900 leap-year bug included)
                return LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(text)).toString();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return text;
        }
        return text;
    }

    /** The cells of a row by the sheet's own headers, for the error workbook. */
    static Map<String, String> byHeader(List<String> headers, List<String> cells) {
        Map<String, String> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byHeader.put(headers.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return byHeader;
    }
}
