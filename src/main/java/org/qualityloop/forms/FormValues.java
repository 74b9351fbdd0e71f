package org.qualityloop.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed, validated values of a submitted task form. Absent optional fields read as null. */
public final class FormValues {

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public boolean yes(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public BigDecimal money(String name) {
        return (BigDecimal) values.get(name);
    }

    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** For the event log: what the user submitted, as typed values. */
    public Map<String, Object> asMap() {
        return values;
    }
}
