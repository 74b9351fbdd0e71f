package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The hearing the party asked for; its time does not count against the decision period. */
@Component
class HoldHearing implements TaskAction {

    private final PenaltyCases penalties;

    HoldHearing(PenaltyCases penalties) {
        this.penalties = penalties;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.HOLD_HEARING;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("heldOn"), FormField.longText("record")).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "heldOn", values.date("heldOn"),
                context.dateVariable(Bpmn.Var.PRIOR_NOTICE_SERVED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.change(context.caseFile().id(), p -> p.hearingHeld(values.date("heldOn"), values.text("record")));
        return Map.of();
    }
}
