package org.qualityloop.objection;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The objection window closed unanswered: the result is deemed accepted and final on its last day. */
@Component
class RecordDeemedAcceptanceDelegate implements JavaDelegate {

    private final Objections objections;
    private final StatutoryCalendar calendar;
    private final CaseEvents events;

    RecordDeemedAcceptanceDelegate(Objections objections, StatutoryCalendar calendar, CaseEvents events) {
        this.objections = objections;
        this.calendar = calendar;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = CaseVariables.caseId(execution);
        LocalDate windowEnded = calendar.deadline(Step.OBJECTION, CaseVariables.date(execution, Bpmn.Var.SERVED_ON)).dueOn();
        objections.respond(caseId, "NONE", null, windowEnded);
        objections.decide(caseId, ObjectionOutcome.DEEMED_ACCEPTED, windowEnded, "system");
        events.system(caseId, CaseEventType.DEEMED_ACCEPTED, "异议期届满未提出异议，视为承认检验结论",
                Map.of("windowEnded", windowEnded.toString()));
        execution.setVariable(Bpmn.Var.OBJECTION_OUTCOME, ObjectionOutcome.DEEMED_ACCEPTED.name());
        execution.setVariable(Bpmn.Var.RESULT_FINAL_ON, windowEnded.toString());
    }
}
