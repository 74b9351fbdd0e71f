package org.qualityloop.rectification;

import java.time.LocalDate;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The re-inspection when the suspension period set in the order has ended. */
@Component
class RecordSuspensionReinspection extends ReinspectionAction {

    RecordSuspensionReinspection(Rectifications rectifications, Documents documents, CaseFiles cases) {
        super(rectifications, documents, cases);
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_SUSPENSION_REINSPECTION;
    }

    @Override
    ReinspectionRound round() {
        return ReinspectionRound.AFTER_SUSPENSION;
    }

    @Override
    void checkTiming(TaskContext context, LocalDate inspectedOn, FieldErrors errors) {
        DateChecks.notBefore(errors, "inspectedOn", inspectedOn, context.dateVariable(Bpmn.Var.SUSPENSION_ENDS_ON));
    }
}
