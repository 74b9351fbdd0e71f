package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The announcement period has run: service counts as made on its last day, and the objection window opens. */
@Component
class RecordDeemedServiceDelegate implements JavaDelegate {

    private final CaseDeadlines deadlines;
    private final ServiceRecords records;
    private final CaseEvents events;

    RecordDeemedServiceDelegate(CaseDeadlines deadlines, ServiceRecords records, CaseEvents events) {
        this.deadlines = deadlines;
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = CaseVariables.caseId(execution);
        LocalDate deemedOn = deadlines.start(caseId, Step.ANNOUNCEMENT_SERVICE,
                CaseVariables.date(execution, Bpmn.Var.ANNOUNCED_ON)).dueOn();
        deadlines.met(caseId, Step.ANNOUNCEMENT_SERVICE, deemedOn);
        records.deemServed(caseId, deemedOn);
        deadlines.start(caseId, Step.OBJECTION, deemedOn);
        events.system(caseId, CaseEventType.DEEMED_SERVED, "公告期满，视为送达 " + deemedOn, Map.of("servedOn", deemedOn.toString()));
        execution.setVariable(Bpmn.Var.SERVED_ON, deemedOn.toString());
    }
}
