package org.qualityloop.publication;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.FailedItem;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Publishes the approved entry (18号令 Art.44) and keeps it with the case as a document. */
@Component
class PublishEntryDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final Publications publications;
    private final Documents documents;
    private final BusinessClock clock;
    private final Institutions institutions;
    private final Bureaus bureaus;

    PublishEntryDelegate(CaseFiles cases, Publications publications, Documents documents, BusinessClock clock,
                         Institutions institutions, Bureaus bureaus) {
        this.institutions = institutions;
        this.bureaus = bureaus;
        this.cases = cases;
        this.publications = publications;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile c = cases.findById(CaseVariables.caseId(execution)).orElseThrow();
        List<IssuedDocument> issued = documents.list(c.id());
        Optional<IssuedDocument> decision = issued.stream().filter(d -> d.kind() == DocumentKind.PENALTY_DECISION)
                .findFirst();
        CaseFile.Intake in = c.intake();
        publications.publish(c.id(), clock.today(), new Publications.Snapshot(in.product().name(), in.product().model(),
                in.product().batch(), in.product().category(), in.sampledEnterprise().name(), in.sampledEnterprise().uscc(),
                in.producer() == null ? null : in.producer().name(),
                in.failedItems().stream().map(FailedItem::item).collect(Collectors.joining("、")),
                institutions.nameOf(in.institution()), c.bureauCode(), bureaus.nameOf(c.bureauCode()),
                outcome(issued, decision.isPresent()), decision.map(IssuedDocument::number).orElse(null), in.sampledOn(),
                in.product().trademark()),
                clock.now());
        documents.issue(c, clock.today(), "system", EntryText.of(publications.summary(c.id())));
    }

    /**
     * The outcome the public reads, from what the case issued: a penalty decision; a transfer after suspension
     * (licence revocation) or without (to the competent authority or the judicial organs); else rectified.
     */
    static PublicOutcome outcome(List<IssuedDocument> issued, boolean decided) {
        boolean transferred = issued.stream().anyMatch(d -> d.kind() == DocumentKind.TRANSFER_LETTER);
        boolean suspended = issued.stream().anyMatch(d -> d.kind() == DocumentKind.SUSPENSION_ORDER);
        if (decided) {
            return PublicOutcome.PENALISED;
        }
        if (transferred) {
            return suspended ? PublicOutcome.LICENCE_REVOCATION : PublicOutcome.TRANSFERRED;
        }
        return PublicOutcome.RECTIFIED;
    }
}
