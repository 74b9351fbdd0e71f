package org.qualityloop.publication;

import java.util.stream.Collectors;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.FailedItem;

/** The public entry (信息公开条目) exactly as it is published: what the supervisor approves is what goes out. */
final class EntryText {

    private EntryText() {
    }

    static DocumentText of(CaseFile c, String handlingSummary) {
        String items = c.intake().failedItems().stream().map(FailedItem::item).collect(Collectors.joining("、"));
        return DocumentText.of(DocumentKind.PUBLICATION_ENTRY, c.intake().product().name(),
                c.intake().sampledEnterprise().name(), items, handlingSummary);
    }
}
