package org.qualityloop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every document downloads as a PDF that reads back as the document, with its fonts inside (issue 14, item 4). */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class DocumentPdfIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired Documents documents;
    @Autowired UserAccounts users;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theResultNoticeDownloadsAsAPdfWithItsTitleNumberPartyAndFonts() throws Exception {
        CaseDriver.today("2026-09-22");
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        IssuedDocument notice = documents.list(c.id()).stream()
                .filter(d -> d.kind() == DocumentKind.RESULT_NOTICE).findFirst().orElseThrow();

        byte[] pdf = mvc.perform(get("/cases/{id}/documents/{doc}.pdf", c.id(), notice.id())
                        .with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("检验结论告知书").contains(notice.number()).contains("杭州示例电器有限公司");
            assertThat(fonts(read)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded())
                    .as("font %s embedded", f.getName()).isTrue());
            assertThat(read.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
            assertThat(new String(read.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfaid");
        }
    }

    @Test
    void theApiServesTheSamePdfWithinTheCallersScope() throws Exception {
        CaseDriver.today("2026-09-22");
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        IssuedDocument notice = documents.list(c.id()).get(0);

        byte[] pdf = mvc.perform(get("/api/v1/cases/{id}/documents/{doc}/pdf", c.id(), notice.id())
                        .with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains(notice.number());
        }
        // an enterprise that is not the party reads nothing of it, not even that it exists
        mvc.perform(get("/api/v1/cases/{id}/documents/{doc}/pdf", c.id(), notice.id())
                        .with(user(users.loadUserByUsername("enterprise2"))))
                .andExpect(status().isNotFound());
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
