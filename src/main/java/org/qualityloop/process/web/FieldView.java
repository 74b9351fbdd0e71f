package org.qualityloop.process.web;

import java.util.List;
import org.qualityloop.process.FieldType;

/**
 * One form field as the page renders it: label, help and options in the user's language, the value the
 * user typed (kept on every re-render) and the message next to it. {@code hidden} fields are not shown to
 * this user (an enterprise answering online does not enter the date: it is today).
 */
public record FieldView(String name, FieldType type, boolean required, String label, String help,
                        List<Option> options, String value, String error, boolean hidden) {

    /** One choice of a choice field. */
    public record Option(String value, String label) {
    }

    public boolean is(String fieldType) {
        return type.name().equals(fieldType);
    }
}
