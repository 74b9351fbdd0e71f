package org.qualityloop.models;

import java.util.List;

/**
 * What the import did with one element of a model: taken as it is, changed on the way (and how), or refused (and
 * why). {@code messageKey} and {@code args} say it in the reader's language ({@code models.finding.*}).
 */
public record ModelFinding(String elementId, String elementName, Verdict verdict, String messageKey, List<String> args) {

    public enum Verdict {
        MAPPED, CHANGED, REFUSED
    }

    static ModelFinding mapped(String id, String name, String key, String... args) {
        return new ModelFinding(id, name, Verdict.MAPPED, key, List.of(args));
    }

    static ModelFinding changed(String id, String name, String key, String... args) {
        return new ModelFinding(id, name, Verdict.CHANGED, key, List.of(args));
    }

    static ModelFinding refused(String id, String name, String key, String... args) {
        return new ModelFinding(id, name, Verdict.REFUSED, key, List.of(args));
    }

    public boolean refused() {
        return verdict == Verdict.REFUSED;
    }
}
