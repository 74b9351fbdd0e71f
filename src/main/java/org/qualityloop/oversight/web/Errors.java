package org.qualityloop.oversight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.Map;
import org.qualityloop.process.FieldErrors;

/** Field errors for a template, and the parsing of typed dates and numbers that comes before the rules. */
final class Errors {

    private Errors() {
    }

    /** Field name to its message in the user's language. */
    static Map<String, String> byField(FieldErrors errors, MessageSource messages, Locale locale) {
        Map<String, String> map = new LinkedHashMap<>();
        if (errors != null) {
            errors.all().forEach(e -> map.put(e.field(),
                    messages.getMessage(e.code(), e.args().toArray(), e.code(), locale)));
        }
        return map;
    }

    static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "validation.date.format");
            return null;
        }
    }

    static Integer integer(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "validation.number");
            return null;
        }
    }
}
