package org.qualityloop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.StageFixtures;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Actor;
import org.qualityloop.process.TaskCatalog;

/** The enterprise's portal lists what was served on it, newest first, across its cases. */
class NoticesTests {

    private final Documents documents = mock(Documents.class);
    private final Notices notices = new Notices(documents, mock(TaskCatalog.class), mock(DeadlineRules.class));
    private final Actor enterprise = StageFixtures.enterprise();

    @Test
    void noticesOfEveryCaseComeNewestFirstEachWithItsCase() {
        CaseFile first = StageFixtures.caseFile();
        CaseFile second = StageFixtures.caseFile();
        IssuedDocument notice = document(DocumentKind.RESULT_NOTICE, "2026-09-12");
        IssuedDocument order = document(DocumentKind.RECTIFICATION_ORDER, "2026-10-20");
        IssuedDocument other = document(DocumentKind.RESULT_NOTICE, "2026-10-01");
        when(documents.visibleTo(eq(enterprise), any(java.util.Collection.class)))
                .thenReturn(Map.of(first.id(), List.of(notice, order), second.id(), List.of(other)));

        List<Notices.Notice> served = notices.servedOn(enterprise, List.of(first, second));

        assertThat(served).extracting(n -> n.document().issuedOn().toString())
                .containsExactly("2026-10-20", "2026-10-01", "2026-09-12");
        assertThat(served.get(1).caseFile()).isSameAs(second);
    }

    @Test
    void aCaseWithNothingServedShowsNothing() {
        when(documents.visibleTo(eq(enterprise), any(java.util.Collection.class))).thenReturn(Map.of());

        assertThat(notices.servedOn(enterprise, List.of(StageFixtures.caseFile()))).isEmpty();
    }

    private static IssuedDocument document(DocumentKind kind, String issuedOn) {
        return new IssuedDocument(UUID.randomUUID(), kind, "1号", kind.title(), LocalDate.parse(issuedOn), "正文", null,
                "handler1", null);
    }
}
