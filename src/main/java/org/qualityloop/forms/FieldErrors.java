package org.qualityloop.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors as message keys with arguments; the web layer resolves them in the user's language.
 * The first error per field wins, since a user fixes one thing at a time.
 */
public final class FieldErrors {

    public record FieldError(String field, String code, List<Object> args) {
    }

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    public FieldErrors reject(String field, String code, Object... args) {
        errors.putIfAbsent(field, new FieldError(field, code, List.of(args)));
        return this;
    }

    /** Adds the other's errors on fields that have none here yet. */
    public FieldErrors merge(FieldErrors other) {
        other.all().forEach(e -> reject(e.field(), e.code(), e.args().toArray()));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(errors.values());
    }

    public void throwIfAny() {
        if (hasErrors()) {
            throw new InvalidInputException(this);
        }
    }
}
