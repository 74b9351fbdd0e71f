package org.qualityloop.forms;

import java.util.List;

/**
 * One form field as the page renders it: label, help and options in the user's language, the value the
 * user typed (kept on every re-render), the message next to it and the declared length limit. {@code hidden}
 * fields are not shown to this user (an enterprise answering online does not enter the date: it is today).
 */
public record FieldView(String name, FieldType type, boolean required, String label, String help,
                        List<Option> options, String value, String error, boolean hidden, int maxLength) {

    /** One choice of a choice field. */
    public record Option(String value, String label) {
    }

    public boolean is(String fieldType) {
        return type.name().equals(fieldType);
    }

    public FieldView withValue(String newValue) {
        return new FieldView(name, type, required, label, help, options, newValue, error, hidden, maxLength);
    }

    public FieldView hide() {
        return new FieldView(name, type, required, label, help, options, value, error, true, maxLength);
    }

    /** The same field offering only some of its choices (those that apply to this case). */
    public FieldView withOptions(List<Option> only) {
        return new FieldView(name, type, required, label, help, only, value, error, hidden, maxLength);
    }
}
