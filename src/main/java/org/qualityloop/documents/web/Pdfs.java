package org.qualityloop.documents.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF as a download under its Chinese file name (RFC 5987), never cached by a shared proxy. */
final class Pdfs {

    private Pdfs() {
    }

    static ResponseEntity<byte[]> download(byte[] pdf, String fileName) {
        return ResponseEntity.ok().headers(headers(fileName)).body(pdf);
    }

    static HttpHeaders headers(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        headers.setCacheControl("private, no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
