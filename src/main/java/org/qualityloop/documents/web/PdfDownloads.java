package org.qualityloop.documents.web;

import java.util.Set;
import java.util.UUID;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.documents.DocumentReads;
import org.qualityloop.documents.Dossiers;
import org.qualityloop.documents.OfficialDocuments;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The PDFs people download, the same for the pages and the API. */
@Component
class PdfDownloads {

    /**
     * The whole file of a case, internal papers included, is the bureau's: only its staff in scope read it; a
     * party reads the documents served on it one by one.
     */
    private static final Set<Role> DOSSIER_READERS = Set.of(Role.HANDLER, Role.SUPERVISOR, Role.ADMIN);

    private final DocumentReads reads;
    private final OfficialDocuments official;
    private final CaseAccess access;
    private final Dossiers dossiers;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    PdfDownloads(DocumentReads reads, OfficialDocuments official, CaseAccess access, Dossiers dossiers,
                 CurrentActor currentActor, AuditTrail audit) {
        this.reads = reads;
        this.official = official;
        this.access = access;
        this.dossiers = dossiers;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** A document: the same reader rules as the document's page. */
    ResponseEntity<byte[]> document(UUID caseId, UUID documentId) {
        DocumentReads.Read read = reads.open(currentActor.get(), caseId, documentId);
        return Pdfs.download(official.pdf(read.caseFile(), read.document()),
                read.document().number() + read.document().title() + ".pdf");
    }

    ResponseEntity<byte[]> dossier(UUID caseId) {
        Actor actor = currentActor.get();
        if (!DOSSIER_READERS.contains(actor.role())) {
            throw new CaseNotFoundException(caseId);
        }
        CaseFile c = access.visible(actor, caseId);
        Dossiers.Copy copy = dossiers.of(c);
        audit.record(actor.username(), AuditAction.DOSSIER_READ, c.caseNo(), c.id());
        return ResponseEntity.ok().headers(Pdfs.headers(c.caseNo() + "卷宗.pdf"))
                .header("X-Content-SHA256", copy.sha256())
                .header("X-Dossier-Kept", String.valueOf(copy.kept()))
                .body(copy.pdf());
    }
}
