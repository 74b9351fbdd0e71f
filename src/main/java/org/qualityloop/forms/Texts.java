package org.qualityloop.forms;

/**
 * What a text a person submits may contain. Control characters (other than tab, line feed and carriage
 * return) and the bidirectional embeddings, overrides and isolates are refused: they are invisible, and in a
 * name they would flow into official notices, exports and logs, where U+202E can make a text read backwards.
 */
public final class Texts {

    private Texts() {
    }

    /** Whether the text holds only characters a person types. */
    public static boolean clean(String text) {
        return text.codePoints().noneMatch(Texts::refused);
    }

    private static boolean refused(int c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
        boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        return control || bidi;
    }
}
