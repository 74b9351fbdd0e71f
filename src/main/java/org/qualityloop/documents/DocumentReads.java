package org.qualityloop.documents;

import java.util.UUID;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Reading one document, whether as a page, a PDF or through the API: the case must be in the reader's scope and
 * the document one the reader may read (else not found, so nothing tells it exists); the read is on record, and
 * an enterprise's first opening of a notice served on it is its acknowledgement of receipt.
 */
@Component
public class DocumentReads {

    public record Read(CaseFile caseFile, IssuedDocument document) {
    }

    private final CaseAccess access;
    private final Documents documents;
    private final AuditTrail audit;

    DocumentReads(CaseAccess access, Documents documents, AuditTrail audit) {
        this.access = access;
        this.documents = documents;
        this.audit = audit;
    }

    public Read open(Actor actor, UUID caseId, UUID documentId) {
        CaseFile c = access.visible(actor, caseId);
        IssuedDocument doc = documents.findVisible(actor, caseId, documentId)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        audit.record(actor.username(), AuditAction.DOCUMENT_READ, doc.number(), caseId);
        if (actor.is(Role.ENTERPRISE)) {
            documents.acknowledge(caseId, doc, actor.username());
        }
        return new Read(c, doc);
    }
}
