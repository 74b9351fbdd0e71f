package org.qualityloop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.EvidenceFile;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dossier (卷宗) of an archived case (issue 14, item 5): kept at archiving, every document and attachment in
 * it, and the contents' page numbers pointing at the pages the items are on.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class DossierIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired Documents documents;
    @Autowired Attachments attachments;
    @Autowired Dossiers dossiers;
    @Autowired UserAccounts users;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anArchivedCasesDossierHoldsEveryDocumentAndAttachmentOnThePagesItsContentsGive() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile c = driver.handlingReported();
        Attachments.Attachment pdf = attachments.file(c.id(), Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "t1",
                new EvidenceFile("整改报告.pdf", "application/pdf", twoPagePdf()), "enterprise1");
        Attachments.Attachment photo = attachments.file(c.id(), Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "t1",
                new EvidenceFile("现场照片.png", "image/png", png()), "enterprise1");
        Attachments.Attachment sheet = attachments.file(c.id(), Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "t1",
                new EvidenceFile("召回清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        new byte[] {'P', 'K', 3, 4, 0, 0}), "enterprise1");
        archive(c);
        assertThat(driver.reload(c).status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(dossiers.isKept(c.id())).as("kept at archiving").isTrue();

        byte[] dossier = mvc.perform(get("/cases/{id}/dossier.pdf", c.id()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Dossier-Kept", "true"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument read = Loader.loadPDF(dossier)) {
            int pages = read.getNumberOfPages();
            String cover = text(read, 1, 1);
            assertThat(cover).contains("案卷题名").contains(c.caseNo()).contains("杭州示例电器有限公司")
                    .contains("共" + pages + "页").contains("处理完毕");
            // the contents run from page 2 to the page before the first item the bookmarks point at
            int firstItem = read.getPages().indexOf(
                    read.getDocumentCatalog().getDocumentOutline().getFirstChild().findDestinationPage(read)) + 1;
            String contents = text(read, 2, firstItem - 1);
            assertThat(contents).contains("卷内目录");
            List<IssuedDocument> issued = documents.list(c.id());
            assertThat(issued).hasSizeGreaterThanOrEqualTo(5);
            for (IssuedDocument d : issued) {
                int page = pageOf(contents, d.number());
                assertThat(text(read, page, page)).as("%s on page %d", d.number(), page)
                        .contains(d.title()).contains(d.number());
            }
            int attached = pageOf(contents, "附件：整改报告");
            assertThat(text(read, attached, attached + 1)).contains("ATTACHED PAGE 1").contains("ATTACHED PAGE 2");
            int image = pageOf(contents, "附件：现场照片");
            assertThat(text(read, image, image)).contains("现场照片.png").contains(photo.sha256());
            int list = pageOf(contents, "附件清单");
            String listing = text(read, list, pages);
            assertThat(listing).contains("召回清单.xlsx").contains(sheet.sha256()).contains(pdf.sha256())
                    .contains("仅列目");
            int log = pageOf(contents, "办理记录");
            assertThat(text(read, log, pages)).contains("办理记录").contains("案件归档").contains("系统（到期自动）");
            assertThat(read.getDocumentCatalog().getDocumentOutline().children()).hasSize(issued.size() + 4);
            assertThat(DocumentPdfIntegrationTests.fonts(read)).allSatisfy(f ->
                    assertThat(f.isEmbedded() || f.getName().equals("Helvetica")).as(f.getName()).isTrue());
        }
    }

    @Test
    void theDossierIsTheBureausAPartyReadsItsDocumentsOneByOne() throws Exception {
        CaseDriver.today("2026-09-22");
        CaseFile c = driver.served(driver.register(), "2026-09-22");
        mvc.perform(get("/cases/{id}/dossier.pdf", c.id()).with(user(users.loadUserByUsername("enterprise1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{id}/dossier/pdf", c.id()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Dossier-Kept", "false"));
    }

    private void archive(CaseFile c) {
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格"));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
    }

    /** The dossier page on which the contents say the item begins: the last number on the item's line. */
    private static int pageOf(String contents, String item) {
        for (String line : contents.split("\\R")) {
            if (line.contains(item)) {
                Matcher m = Pattern.compile("(\\d+)\\s*$").matcher(line.strip());
                assertThat(m.find()).as("page number on the contents line %s", line).isTrue();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("not in the contents: " + item + "\n" + contents);
    }

    private static String text(PDDocument d, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(d);
    }

    private static byte[] twoPagePdf() throws IOException {
        try (PDDocument d = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage();
                d.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(d, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    s.newLineAtOffset(72, 700);
                    s.showText("ATTACHED PAGE " + i);
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
