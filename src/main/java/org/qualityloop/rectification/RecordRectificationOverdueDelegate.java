package org.qualityloop.rectification;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** No report by the deadline: the escalation is on record and the case goes on to re-inspection. */
@Component
class RecordRectificationOverdueDelegate implements JavaDelegate {

    private final Rectifications rectifications;
    private final CaseEvents events;
    private final BusinessClock clock;

    RecordRectificationOverdueDelegate(Rectifications rectifications, CaseEvents events, BusinessClock clock) {
        this.rectifications = rectifications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = CaseVariables.caseId(execution);
        rectifications.overdue(caseId, clock.now());
        events.system(caseId, CaseEventType.RECTIFICATION_OVERDUE, "整改期限届满未提交整改报告，已升级",
                Map.of("orderedOn", String.valueOf(execution.getVariable(Bpmn.Var.ORDERED_ON))));
    }
}
