package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Document texts come from the document bundle, in Chinese, with names where the case holds codes. */
class DocumentTextTests {

    private final ResourceBundleMessageSource messages = bundles();

    @Test
    void theServiceReceiptNamesTheMethodInWordsNotItsCode() {
        String text = messages.getMessage(DocumentText.of(DocumentKind.SERVICE_RECEIPT, "浙江某电器有限公司",
                DocumentText.label("option.method.DIRECT"), LocalDate.of(2026, 9, 22)), DocumentText.LANGUAGE);

        assertThat(text).contains("受送达人：浙江某电器有限公司", "送达方式：直接送达", "送达日期：2026-09-22")
                .doesNotContain("DIRECT");
    }

    @Test
    void documentsAreInChineseWhateverTheReadersLanguage() {
        String text = messages.getMessage(DocumentText.variant(DocumentKind.OBJECTION_DECISION, "REJECTED", "某公司"),
                DocumentText.LANGUAGE);

        assertThat(text).isEqualTo("某公司：经审查，你单位提出的异议不成立，维持原检验结论。");
    }

    @Test
    void aPartOfATextIsFilledInItsTurn() {
        String text = messages.getMessage(DocumentText.of(DocumentKind.OBJECTION_ACCEPTANCE, "某公司",
                DocumentText.part(DocumentKind.OBJECTION_ACCEPTANCE, "RETEST")), DocumentText.LANGUAGE);

        assertThat(text).isEqualTo("某公司：你单位对检验结论提出的复检申请，本局决定予以受理。");
    }

    @Test
    void aDueDayInADocumentCarriesItsWeekday() {
        String text = messages.getMessage(DocumentText.of(DocumentKind.SUSPENSION_ORDER, "某公司", "电热水壶",
                org.qualityloop.calendar.Days.resolvable(LocalDate.of(2027, 1, 4))), DocumentText.LANGUAGE);

        assertThat(text).endsWith("限期整顿至2027-01-04（周一）。");
    }

    @Test
    void everyKindOfDocumentHasItsText() {
        assertThat(Arrays.stream(DocumentKind.values()).filter(kind -> !hasBody(kind))).isEmpty();
    }

    private boolean hasBody(DocumentKind kind) {
        for (String variant : new String[] {null, "UPHELD", "REJECTED", "PENALTY", "REVOCATION"}) {
            DocumentText text = DocumentText.variant(kind, variant);
            if (messages.getMessage(text.getCodes()[0], null, null, Locale.SIMPLIFIED_CHINESE) != null) {
                return true;
            }
        }
        return false;
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/messages", "messages/documents");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
