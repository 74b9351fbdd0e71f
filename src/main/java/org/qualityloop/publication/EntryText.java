package org.qualityloop.publication;

import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;

/** The public entry (信息公开条目) exactly as it is published: what the supervisor approves is what goes out. */
final class EntryText {

    private EntryText() {
    }

    static DocumentText of(String handlingSummary) {
        return DocumentText.of(DocumentKind.PUBLICATION_ENTRY).with("summary", handlingSummary);
    }
}
