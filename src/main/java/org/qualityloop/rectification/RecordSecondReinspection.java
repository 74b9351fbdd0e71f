package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The second re-inspection: after day 60 and by day 90 from the provincial announcement (18号令 Art.48). */
@Component
class RecordSecondReinspection extends ReinspectionAction {

    private final StatutoryCalendar calendar;
    private final CaseDeadlines deadlines;

    RecordSecondReinspection(Rectifications rectifications, Documents documents, CaseFiles cases,
                             StatutoryCalendar calendar, CaseDeadlines deadlines) {
        super(rectifications, documents, cases);
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_SECOND_REINSPECTION;
    }

    @Override
    ReinspectionRound round() {
        return ReinspectionRound.SECOND;
    }

    @Override
    void checkTiming(TaskContext context, LocalDate inspectedOn, FieldErrors errors) {
        LocalDate announced = context.dateVariable(Bpmn.Var.PROVINCE_ANNOUNCED_ON);
        LocalDate day60 = calendar.deadline(Step.SECOND_REINSPECTION_OPENS, announced).dueOn();
        LocalDate day90 = calendar.deadline(Step.SECOND_REINSPECTION, announced).dueOn();
        if (!inspectedOn.isAfter(day60) || inspectedOn.isAfter(day90)) {
            errors.reject("inspectedOn", "task.outsideSecondWindow", day60.plusDays(1).toString(), day90.toString());
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        deadlines.met(context.caseFile().id(), Step.SECOND_REINSPECTION, values.date("inspectedOn"));
        return super.complete(context, values);
    }
}
