package org.qualityloop.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The PDFs through the API: a document and the dossier, with JSON errors. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class PdfApi {

    private final PdfDownloads downloads;

    PdfApi(PdfDownloads downloads) {
        this.downloads = downloads;
    }

    @Operation(summary = "A document of the case as PDF (PDF/A-3b, fonts embedded), if you may read it")
    @GetMapping("/documents/{documentId}/pdf")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return downloads.document(id, documentId);
    }

    @Operation(summary = "The case's dossier as one PDF (the bureau's staff)")
    @GetMapping("/dossier/pdf")
    ResponseEntity<byte[]> dossier(@PathVariable UUID id) {
        return downloads.dossier(id);
    }
}
