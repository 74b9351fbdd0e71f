package org.qualityloop.casefile;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The text of a document to issue: its kind (and variant, where one kind reads two ways), and the values from
 * the case that fill it. The words are in {@code messages/documents.properties}, never in Java. An argument may
 * itself be resolvable (the name of a service method, a part of the text), and is resolved in the same language.
 */
public record DocumentText(DocumentKind kind, String variant, Object... args) implements MessageSourceResolvable {

    /** Documents are official Chinese documents, whatever language the user reads the pages in. */
    public static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    public static DocumentText of(DocumentKind kind, Object... args) {
        return new DocumentText(kind, null, args);
    }

    public static DocumentText variant(DocumentKind kind, String variant, Object... args) {
        return new DocumentText(kind, variant, args);
    }

    /** A part of a document's text ({@code document.<KIND>.<part>}), filled in its turn. */
    public static MessageSourceResolvable part(DocumentKind kind, String part, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {"document." + kind.name() + "." + part}, args);
    }

    /** A name from the pages' bundle, such as an option's label ({@code option.method.DIRECT}). */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    @Override
    public String[] getCodes() {
        return new String[] {"document." + kind.name() + (variant == null ? "" : "." + variant) + ".body"};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }
}
