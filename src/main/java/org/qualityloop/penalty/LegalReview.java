package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** 法制审核: the review passes the case to the prior notice, or returns it for further investigation. */
@Component
class LegalReview implements TaskAction {

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    LegalReview(PenaltyCases penalties, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.LEGAL_REVIEW;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.yesNo("approved"), FormField.longText("opinion"), FormField.date("reviewedOn"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.record(context.caseFile().id(), Map.of("legal_opinion", values.text("opinion")));
        if (values.yes("approved")) {
            deadlines.met(context.caseFile().id(), "LEGAL_REVIEW", values.date("reviewedOn"));
        }
        return Map.of(Bpmn.Var.SUPERVISOR_APPROVED, values.yes("approved"));
    }
}
