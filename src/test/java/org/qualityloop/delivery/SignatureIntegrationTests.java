package org.qualityloop.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17, service on the spot: the recipient signs on the handler's phone; the PNG and its SHA-256 are kept with the
 * time, the handler and the location, a blank pad or a missing name is refused with the name kept, only a handler who
 * may act on the service task signs, and the 送达回证 issued on completion shows the signature, on the page and in the PDF.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class SignatureIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired CaseDriver driver;
    @Autowired Signatures signatures;
    @Autowired Documents documents;
    @Autowired Attachments attachments;

    @Test
    void aReceiptSignedOnThePhoneKeepsThePngAndItsHashAndTheReceiptShowsIt() throws Exception {
        CaseFile c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        String taskId = driver.task(c, Bpmn.Task.RECORD_SERVICE).getId();
        String url = "/tasks/" + taskId + "/signature";

        String page = mvc.perform(get(url).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("当场签收").contains("检验结论").contains("signature-pad").contains("电子签名法");

        mvc.perform(get(url).with(user(users.loadUserByUsername("enterprise1")))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(users.loadUserByUsername("handler2")))).andExpect(status().is4xxClientError());

        String blank = mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("signerName", "王经理").param("image", png(false)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("签名框是空的").contains("value=\"王经理\"");
        String nameless = mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("signerName", " ").param("image", png(true)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nameless).contains("请填写签名人姓名");
        assertThat(signatures.forTask(taskId)).as("nothing kept from refused submissions").isEmpty();

        String drawn = png(true);
        mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername("handler1")))
                        .param("signerName", "王经理").param("image", drawn)
                        .param("latitude", "36.18").param("longitude", "116.76").param("accuracy", "12"))
                .andExpect(status().is3xxRedirection());
        Signatures.Signature kept = signatures.latest(taskId, Signatures.Role.RECIPIENT).orElseThrow();
        byte[] bytes = Base64.getDecoder().decode(drawn.substring("data:image/png;base64,".length()));
        assertThat(kept.image()).isEqualTo(bytes);
        assertThat(kept.sha256()).isEqualTo(org.qualityloop.casefile.Attachments.sha256(bytes)).hasSize(64);
        assertThat(kept.recordedBy()).isEqualTo("handler1");
        assertThat(kept.latitude()).isEqualTo(36.18);
        String taskPage = mvc.perform(get("/tasks/" + taskId).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taskPage).as("the signature is material of the service step").contains("王经理").contains(kept.sha256());

        driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", "2026-09-22"));
        IssuedDocument receipt = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.SERVICE_RECEIPT)
                .findFirst().orElseThrow();
        assertThat(receipt.bodyHtml()).contains("<img").contains("data:image/png;base64,").contains(kept.sha256());
        assertThat(receipt.body()).contains("王经理").contains("当场签收");

        byte[] pdf = mvc.perform(get("/cases/" + c.id() + "/documents/" + receipt.id() + ".pdf")
                        .with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("王经理").contains("当场签收");
            int images = 0;
            for (var pdfPage : document.getPages()) {
                images += images(pdfPage.getResources());
            }
            assertThat(images).as("the signature drawn into the PDF").isPositive();
        }
    }

    @Test
    void aPhotoFromThePhoneKeepsTheTimeItWasTakenBesideTheTimeItArrived() throws Exception {
        CaseFile c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        String taskId = driver.task(c, Bpmn.Task.RECORD_SERVICE).getId();
        byte[] photo = Base64.getDecoder().decode(png(true).substring("data:image/png;base64,".length()));
        java.time.Instant taken = java.time.Instant.now().minusSeconds(3 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var form = multipart("/tasks/" + taskId)
                .file(new MockMultipartFile("attachments", "现场照片.png", "image/png", photo))
                .file(new MockMultipartFile("attachments", "远期照片.png", "image/png", photo));
        driver.withFellowOfficer(c, Bpmn.Task.RECORD_SERVICE, "handler1",
                        Map.of("method", "DIRECT", "servedOn", driver.todayText(), "addressConfirmed", "true", "confirmed", "true"))
                .forEach((k, v) -> form.param(k, String.valueOf(v)));
        String answer = mvc.perform(form
                        .param("takenAt", taken.toEpochMilli() + "|现场照片.png")
                        // a phone whose clock runs a day ahead: its time is not kept
                        .param("takenAt", java.time.Instant.now().plusSeconds(86_400).toEpochMilli() + "|远期照片.png")
                        .with(csrf()).with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).as("the step completed, no form back").isEmpty();
        var kept = attachments.list(c.id());
        assertThat(kept).filteredOn(a -> a.fileName().equals("现场照片.png")).extracting(a -> a.takenAt())
                .containsExactly(taken);
        assertThat(kept).filteredOn(a -> a.fileName().equals("远期照片.png")).extracting(a -> a.takenAt())
                .containsOnlyNulls();
        String casePage = mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(taken.atZone(CaseDriver.BEIJING));
        assertThat(casePage).contains("拍摄于 " + at + "（手机记录的时间）");
    }

    /** Images drawn on a page, also inside the form XObjects the renderer may wrap them in. */
    private static int images(PDResources resources) throws IOException {
        int images = 0;
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                images += images(form.getResources());
            }
        }
        return images;
    }

    /** A signature as the page sends it: a PNG data URI, with a stroke drawn or left blank. */
    static String png(boolean stroke) throws Exception {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 240);
        if (stroke) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(4));
            g.drawLine(40, 160, 200, 60);
            g.drawLine(200, 60, 380, 180);
            g.drawLine(380, 180, 560, 80);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
