package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.identity.Officer;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** Investigation: the facts, the value of the goods (fines are multiples of it), the proposed penalty. */
@Component
class Investigate implements TaskAction {

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    Investigate(PenaltyCases penalties, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.INVESTIGATE;
    }

    @Override
    public Form form() {
        return Form.of(FormField.longText("findings"), FormField.money("goodsValue"),
                FormField.money("proposedFine"), FormField.text("legalArticles"), FormField.date("completedOn"),
                EnforcementStep.coOfficer()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "completedOn", values.date("completedOn"), context.dateVariable(Bpmn.Var.FILED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.change(context.caseFile().id(), p -> p.investigated(values.text("findings"),
                values.money("goodsValue"), values.money("proposedFine"), values.text("legalArticles"),
                context.officers().stream().map(Officer::username).toList()));
        deadlines.start(context.caseFile().id(), Step.LEGAL_REVIEW, values.date("completedOn"));
        // the review's due date counts from the day recorded, not from when the task happens to be created
        return Map.of(Bpmn.Var.INVESTIGATION_COMPLETED_ON, values.date("completedOn").toString());
    }
}
