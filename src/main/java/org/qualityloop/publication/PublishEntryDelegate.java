package org.qualityloop.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Publishes the approved entry (18号令 Art.44) and keeps it with the case as a document. */
@Component
class PublishEntryDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final Publications publications;
    private final Documents documents;
    private final BusinessClock clock;

    PublishEntryDelegate(CaseFiles cases, Publications publications, Documents documents, BusinessClock clock) {
        this.cases = cases;
        this.publications = publications;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile c = cases.findById(CaseVariables.caseId(execution)).orElseThrow();
        publications.publish(c.id(), clock.today());
        documents.issue(c, clock.today(), "system", EntryText.of(publications.summary(c.id())));
    }
}
