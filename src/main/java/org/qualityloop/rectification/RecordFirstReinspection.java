package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The first re-inspection, after the order and due within 75 days of it. */
@Component
class RecordFirstReinspection extends ReinspectionAction {

    private final CaseDeadlines deadlines;

    RecordFirstReinspection(Rectifications rectifications, Documents documents, CaseFiles cases,
                            CaseDeadlines deadlines) {
        super(rectifications, documents, cases);
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_FIRST_REINSPECTION;
    }

    @Override
    ReinspectionRound round() {
        return ReinspectionRound.FIRST;
    }

    @Override
    void checkTiming(TaskContext context, LocalDate inspectedOn, FieldErrors errors) {
        DateChecks.notBefore(errors, "inspectedOn", inspectedOn, context.dateVariable(Bpmn.Var.ORDERED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        deadlines.met(context.caseFile().id(), Step.FIRST_REINSPECTION, values.date("inspectedOn"));
        return super.complete(context, values);
    }
}
