package org.qualityloop.exports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as CSV or XLSX straight to the response, row by row, so an export of every open task in
 * a province never sits in memory. CSV is UTF-8 with a byte order mark, which Excel needs to read Chinese,
 * and cells that a spreadsheet would run as a formula are defused.
 */
public final class Export {

    public enum Format { CSV, XLSX }

    private static final int FLUSH_EVERY = 1000;

    /** Receives the rows: each call writes one. */
    public interface Rows {
        void each(Consumer<List<Object>> row);
    }

    private Export() {
    }

    public static void write(HttpServletResponse response, Format format, String name, List<String> headers, Rows rows)
            throws IOException {
        String file = name + "-" + LocalDate.now() + (format == Format.CSV ? ".csv" : ".xlsx");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        if (format == Format.CSV) {
            response.setContentType("text/csv;charset=UTF-8");
            csv(response.getOutputStream(), headers, rows);
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx(response.getOutputStream(), name, headers, rows);
        }
    }

    static void csv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, headers.stream().map(h -> (Object) h).toList());
        IOException[] failure = new IOException[1];
        rows.each(row -> {
            try {
                line(writer, row);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        writer.flush();
    }

    private static void line(Writer writer, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static void xlsx(OutputStream out, String sheetName, List<String> headers, Rows rows) throws IOException {
        Workbook workbook = new Workbook(out, "QualityLoop", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        int[] r = {1};
        rows.each(row -> {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r[0], c, number);
                } else if (value instanceof LocalDate date) {
                    sheet.value(r[0], c, date);
                    sheet.style(r[0], c).format("yyyy-mm-dd").set();
                } else if (value != null) {
                    sheet.value(r[0], c, value.toString());
                }
            }
            r[0]++;
            if (r[0] % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }
}
