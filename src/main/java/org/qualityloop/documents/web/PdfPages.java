package org.qualityloop.documents.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The PDF links of the pages. A {@code @Controller}, so what is out of reach answers with the not-found page,
 * not with JSON.
 */
@Controller
class PdfPages {

    private final PdfDownloads downloads;

    PdfPages(PdfDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/cases/{id}/documents/{documentId}.pdf")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return downloads.document(id, documentId);
    }

    @GetMapping("/cases/{id}/dossier.pdf")
    ResponseEntity<byte[]> dossier(@PathVariable UUID id) {
        return downloads.dossier(id);
    }
}
