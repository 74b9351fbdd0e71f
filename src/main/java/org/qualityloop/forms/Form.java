package org.qualityloop.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of one form a person submits (every task form, and the extension and reassignment forms), and
 * the generic checks every form gets: presence, type, length, options, dates. {@code evidence} marks a step
 * whose outcome rests on a document (receipt, report): its form takes files.
 */
public record Form(List<FormField> fields, boolean evidence) {

    public static Form of(FormField... fields) {
        return new Form(Arrays.asList(fields), false);
    }

    public Form withEvidence() {
        return new Form(fields, true);
    }

    public java.util.Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Only this form's own fields of what was posted (no CSRF token, no other form's inputs), as typed. */
    /**
     * The one way a page takes a posted form: what was typed, read and checked; {@code done} acts on the values
     * (and may refuse them with an {@link InvalidInputException}); else {@code again} shows the form with the text
     * kept and every message beside its field.
     */
    public String submit(Map<String, String> posted, Function<FormValues, String> done,
                         BiFunction<Map<String, String>, FieldErrors, String> again) {
        Map<String, String> typed = typed(posted);
        FieldErrors errors = new FieldErrors();
        FormValues values = read(typed, errors);
        try {
            errors.throwIfAny();
            return done.apply(values);
        } catch (InvalidInputException e) {
            return again.apply(typed, e.errors() == errors ? errors : errors.merge(e.errors()));
        }
    }

    public Map<String, String> typed(Map<String, String> posted) {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(f -> {
            if (posted.containsKey(f.name())) {
                typed.put(f.name(), posted.get(f.name()));
            }
        });
        return typed;
    }

    /**
     * Reads repeated rows of this form posted as {@code prefix[i].field} (the failed items of a registration),
     * up to the last row with anything in it, so an index in a message is the row the user sees. Errors are
     * reported on the full names.
     */
    public List<FormValues> readRows(Map<String, String> posted, String prefix, FieldErrors errors) {
        int last = -1;
        for (int i = 0; i < MAX_ROWS; i++) {
            for (FormField f : fields) {
                String value = posted.get(rowName(prefix, i, f.name()));
                // a choice alone does not make a row: a row of empty inputs may still post its default choice
                if (value != null && !value.isBlank() && f.type() != FieldType.CHOICE) {
                    last = i;
                }
            }
        }
        List<FormValues> rows = new java.util.ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (FormField f : fields) {
                String value = posted.get(rowName(prefix, i, f.name()));
                if (value != null) {
                    row.put(f.name(), value);
                }
            }
            FieldErrors rowErrors = new FieldErrors();
            rows.add(read(row, rowErrors));
            String at = prefix + "[" + i + "].";
            rowErrors.all().forEach(e -> errors.reject(at + e.field(), e.code(), e.args().toArray()));
        }
        return rows;
    }

    /** The input name of one field of a repeated row. */
    public static String rowName(String prefix, int row, String field) {
        return prefix + "[" + row + "]." + field;
    }

    /** More rows than a person types into one form is not a form. */
    private static final int MAX_ROWS = 100;

    /** Reads a form that reports no event dates: only presence, types, lengths and options are checked. */
    public FormValues read(Map<String, ?> raw, FieldErrors errors) {
        return read(raw, LocalDate.MIN, LocalDate.MAX, errors);
    }

    /**
     * Reads raw submitted values (JSON scalars or form strings) into typed values, collecting every problem.
     *
     * @param earliest the earliest acceptable event date (the test report date)
     * @param today    the latest acceptable event date
     */
    public FormValues read(Map<String, ?> raw, LocalDate earliest, LocalDate today, FieldErrors errors) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                errors.reject(name, "validation.unknownField");
            }
        }
        for (FormField field : fields) {
            Object value = raw.get(field.name());
            if (isBlank(value)) {
                if (field.required() && field.type() != FieldType.BOOLEAN) {
                    errors.reject(field.name(), "validation.required");
                }
                if (field.type() == FieldType.BOOLEAN) {
                    typed.put(field.name(), Boolean.FALSE);
                }
                continue;
            }
            Object parsed = parse(field, value, errors);
            if (parsed instanceof LocalDate date && field.eventDate()) {
                if (date.isAfter(today)) {
                    errors.reject(field.name(), "validation.date.future");
                } else if (date.isBefore(earliest)) {
                    errors.reject(field.name(), "validation.date.beforeReport", earliest.toString());
                }
            }
            if (parsed != null) {
                typed.put(field.name(), parsed);
            }
        }
        return new FormValues(typed);
    }

    private static Object parse(FormField field, Object value, FieldErrors errors) {
        if (field.type() == FieldType.PASSWORD) {
            // taken as typed: a space is part of a password
            String password = String.valueOf(value);
            return password.length() > field.maxLength() ? reject(errors, field, "validation.tooLong", field.maxLength())
                    : password;
        }
        String text = String.valueOf(value).trim();
        try {
            return switch (field.type()) {
                case DATE -> LocalDate.parse(text);
                case TEXT, LONG_TEXT, PASSWORD -> text.length() > field.maxLength()
                        ? reject(errors, field, "validation.tooLong", field.maxLength())
                        : Texts.clean(text) ? text : reject(errors, field, "validation.controlCharacters");
                case CHOICE -> field.options().isEmpty() || field.options().contains(text) ? text
                        : reject(errors, field, "validation.option", String.join(", ", field.options()));
                case BOOLEAN -> parseBoolean(text, field, errors);
                case MONEY -> money(new BigDecimal(text), field, errors);
                case INTEGER -> Integer.valueOf(text);
            };
        } catch (DateTimeParseException e) {
            return reject(errors, field, "validation.date.format");
        } catch (NumberFormatException e) {
            return reject(errors, field, "validation.number");
        }
    }

    private static Object parseBoolean(String text, FormField field, FieldErrors errors) {
        return switch (text) {
            case "true", "on", "yes" -> Boolean.TRUE;
            case "false", "off", "no" -> Boolean.FALSE;
            default -> reject(errors, field, "validation.boolean");
        };
    }

    private static Object money(BigDecimal amount, FormField field, FieldErrors errors) {
        return amount.signum() < 0 || amount.scale() > 2 ? reject(errors, field, "validation.money") : amount;
    }

    private static Object reject(FieldErrors errors, FormField field, String code, Object... args) {
        errors.reject(field.name(), code, args);
        return null;
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
