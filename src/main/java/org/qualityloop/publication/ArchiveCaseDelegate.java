package org.qualityloop.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The loop is closed: the case is archived with everything on it; nothing is deleted. */
@Component
class ArchiveCaseDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final CaseEvents events;
    private final BusinessClock clock;

    ArchiveCaseDelegate(CaseFiles cases, CaseEvents events, BusinessClock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var archived = cases.change(CaseVariables.caseId(execution), c -> c.archive(clock.now()));
        events.system(archived.id(), CaseEventType.CASE_ARCHIVED, "案件归档", null);
    }
}
