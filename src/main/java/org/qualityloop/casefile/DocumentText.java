package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualityloop.identity.Officer;

/**
 * What a document to issue says beyond the case itself: its kind (and variant, where one kind reads two ways) and
 * the values of this step that fill its template, {@code templates/documents/kinds/<KIND>.html}. The words are in the
 * template, never in Java; the case, its party, product, failed items, bureau and the officers acting are given to
 * every template by {@link Documents}.
 */
public final class DocumentText {

    /** Documents are official Chinese documents, whatever language the user reads the pages in. */
    public static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final DocumentKind kind;
    private final String variant;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private List<Officer> officers = List.of();
    private LocalDate partyDueOn;

    private DocumentText(DocumentKind kind, String variant) {
        this.kind = kind;
        this.variant = variant;
    }

    public static DocumentText of(DocumentKind kind) {
        return new DocumentText(kind, null);
    }

    public static DocumentText variant(DocumentKind kind, String variant) {
        return new DocumentText(kind, variant);
    }

    /** A value of this step the template names: {@code with("fine", amount)}. */
    public DocumentText with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The enforcement officers who acted (行政处罚法 Art.42), named with their certificates on the document. */
    public DocumentText actedBy(List<Officer> acting) {
        this.officers = List.copyOf(acting);
        return this;
    }

    /** The deadline this document starts for the party, told to it with the document. */
    public DocumentText startsDeadline(LocalDate dueOn) {
        this.partyDueOn = dueOn;
        return this;
    }

    public LocalDate partyDueOn() {
        return partyDueOn;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String variant() {
        return variant;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public List<Officer> officers() {
        return officers;
    }

    /** The template of the kind: {@code documents/kinds/RESULT_NOTICE}. */
    String template() {
        return "documents/kinds/" + kind.name();
    }
}
