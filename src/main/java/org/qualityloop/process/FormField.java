package org.qualityloop.process;

import java.util.List;

/**
 * One field of a task form. {@code eventDate} marks a date the user reports from paper: it may lie in
 * the past but never in the future, and never before the test report was issued.
 */
public record FormField(String name, FieldType type, boolean required, List<String> options, boolean eventDate) {

    public static FormField date(String name) {
        return new FormField(name, FieldType.DATE, true, List.of(), true);
    }

    public static FormField text(String name) {
        return new FormField(name, FieldType.TEXT, true, List.of(), false);
    }

    public static FormField longText(String name) {
        return new FormField(name, FieldType.LONG_TEXT, true, List.of(), false);
    }

    public static FormField choice(String name, Class<? extends Enum<?>> values) {
        List<String> options = java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new FormField(name, FieldType.CHOICE, true, options, false);
    }

    public static FormField yesNo(String name) {
        return new FormField(name, FieldType.BOOLEAN, true, List.of(), false);
    }

    public static FormField money(String name) {
        return new FormField(name, FieldType.MONEY, true, List.of(), false);
    }

    public static FormField integer(String name) {
        return new FormField(name, FieldType.INTEGER, true, List.of(), false);
    }

    public FormField optional() {
        return new FormField(name, type, false, options, eventDate);
    }
}
