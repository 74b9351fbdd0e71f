package org.qualityloop.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a decision rests on, shown above its form and in the API's task form: the records of earlier steps, each a
 * label and its value (as recorded, or a name from the bundles where the record holds a code), the files filed
 * with those steps, and the values proposed for the form (the decision table's suggestion, the amount the
 * investigation proposed), which the form starts from and the user may change.
 */
public record Material(List<Fact> facts, List<String> filesOf, Map<String, String> proposed) {

    /**
     * One record: {@code label} is a message key; the value is {@code text} as recorded, or the name under the
     * message key {@code name} when the record is a code.
     */
    public record Fact(String label, String text, String name) {
    }

    public static Material none() {
        return new Material(List.of(), List.of(), Map.of());
    }

    public static Builder of() {
        return new Builder();
    }

    public boolean isEmpty() {
        return facts.isEmpty() && filesOf.isEmpty();
    }

    /** Collects a task's material; a record not (yet) made is left out rather than shown empty. */
    public static final class Builder {

        private final List<Fact> facts = new ArrayList<>();
        private final List<String> filesOf = new ArrayList<>();
        private final Map<String, String> proposed = new LinkedHashMap<>();

        public Builder text(String label, String value) {
            if (value != null && !value.isBlank()) {
                facts.add(new Fact(label, value, null));
            }
            return this;
        }

        public Builder date(String label, LocalDate value) {
            return value == null ? this : text(label, value.toString());
        }

        /** An amount of money in yuan, as the documents write it. */
        public Builder amount(String label, BigDecimal value) {
            return value == null ? this : text(label, value.stripTrailingZeros().toPlainString() + " 元");
        }

        /** A recorded code shown by its name: {@code named("material.retest.conclusion", "option.conclusion.", "CONFORMING")}. */
        public Builder named(String label, String prefix, Object code) {
            if (code != null) {
                facts.add(new Fact(label, null, prefix + (code instanceof Enum<?> e ? e.name() : code.toString())));
            }
            return this;
        }

        public Builder yesNo(String label, Boolean value) {
            if (value != null) {
                facts.add(new Fact(label, null, value ? "form.yes" : "form.no"));
            }
            return this;
        }

        /** The files filed with these tasks of the case (objection materials, re-test report, ...). */
        public Builder filesOf(String... taskKeys) {
            filesOf.addAll(List.of(taskKeys));
            return this;
        }

        /** A value the form starts from; the user may change it. */
        public Builder propose(String field, Object value) {
            if (value != null) {
                proposed.put(field, value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : value instanceof Enum<?> e ? e.name() : value.toString());
            }
            return this;
        }

        public Material build() {
            return new Material(List.copyOf(facts), List.copyOf(filesOf), Map.copyOf(proposed));
        }
    }
}
