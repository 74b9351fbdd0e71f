package org.qualityloop.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one user task's form, and the generic checks every form gets: presence, type, options, dates.
 * {@code evidence} marks a step whose outcome rests on a document (receipt, report): its form takes files.
 */
public record TaskForm(List<FormField> fields, boolean evidence) {

    public static TaskForm of(FormField... fields) {
        return new TaskForm(Arrays.asList(fields), false);
    }

    public TaskForm withEvidence() {
        return new TaskForm(fields, true);
    }

    public java.util.Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
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
        String text = String.valueOf(value).trim();
        try {
            return switch (field.type()) {
                case DATE -> LocalDate.parse(text);
                case TEXT, LONG_TEXT -> text.length() > (field.type() == FieldType.TEXT ? 200 : 4000)
                        ? reject(errors, field, "validation.tooLong") : text;
                case CHOICE -> field.options().contains(text) ? text
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
