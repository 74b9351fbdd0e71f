package org.qualityloop.forms;

/** Input the user must correct; nothing was stored. Rendered as 400 with field messages. */
public class InvalidInputException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super("Invalid input: " + errors.all());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
