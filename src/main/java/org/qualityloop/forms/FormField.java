package org.qualityloop.forms;

import java.util.List;

/**
 * One field of a form. {@code eventDate} marks a date the user reports from paper: it may lie in the past but
 * never in the future, and never before the test report was issued. {@code maxLength} is the one declared
 * limit of a text: the form refuses more, and the page's {@code maxlength} says the same.
 */
public record FormField(String name, FieldType type, boolean required, List<String> options, boolean eventDate,
                        int maxLength) {

    /** A line of text: names, numbers of documents, short answers. */
    public static final int TEXT_MAX = 200;
    /** A number of a report, an announcement or a document, as the issuer wrote it. */
    public static final int NUMBER_MAX = 64;
    /** A reason, a finding, a statement: what a person writes in a paragraph or a few. */
    public static final int LONG_TEXT_MAX = 4000;

    public static FormField date(String name) {
        return new FormField(name, FieldType.DATE, true, List.of(), true, 0);
    }

    /** A date that is not an event reported from paper (a period's end, a day asked for). */
    public static FormField plainDate(String name) {
        return new FormField(name, FieldType.DATE, true, List.of(), false, 0);
    }

    public static FormField text(String name) {
        return new FormField(name, FieldType.TEXT, true, List.of(), false, TEXT_MAX);
    }

    public static FormField password(String name) {
        return new FormField(name, FieldType.PASSWORD, true, List.of(), false, TEXT_MAX);
    }

    public static FormField longText(String name) {
        return new FormField(name, FieldType.LONG_TEXT, true, List.of(), false, LONG_TEXT_MAX);
    }

    public static FormField choice(String name, Class<? extends Enum<?>> values) {
        List<String> options = java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new FormField(name, FieldType.CHOICE, true, options, false, 0);
    }

    /** A choice among options known only when the form is shown (the people who may take a task, say). */
    public static FormField choiceOf(String name) {
        return new FormField(name, FieldType.CHOICE, true, List.of(), false, 0);
    }

    public static FormField yesNo(String name) {
        return new FormField(name, FieldType.BOOLEAN, true, List.of(), false, 0);
    }

    public static FormField money(String name) {
        return new FormField(name, FieldType.MONEY, true, List.of(), false, 0);
    }

    public static FormField integer(String name) {
        return new FormField(name, FieldType.INTEGER, true, List.of(), false, 0);
    }

    public FormField optional() {
        return new FormField(name, type, false, options, eventDate, maxLength);
    }

    /** The same text field with a tighter limit than its kind's default. */
    public FormField max(int characters) {
        return new FormField(name, type, required, options, eventDate, characters);
    }
}
