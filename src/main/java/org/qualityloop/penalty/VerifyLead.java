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

/** The handler verifies the lead (核查) and proposes to file, not to file, or to transfer. */
@Component
class VerifyLead implements TaskAction {

    private final PenaltyCases penalties;

    VerifyLead(PenaltyCases penalties) {
        this.penalties = penalties;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.VERIFY_LEAD;
    }

    @Override
    public Form form() {
        return Form.of(FormField.choice("proposal", FilingDecision.class), FormField.longText("findings"),
                FormField.text("transferTo").optional(), FormField.date("verifiedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        if (values.choice("proposal", FilingDecision.class) == FilingDecision.TRANSFER && !values.has("transferTo")) {
            errors.reject("transferTo", "task.transferTarget");
        }
        DateChecks.notBefore(errors, "verifiedOn", values.date("verifiedOn"),
                context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        var caseId = context.caseFile().id();
        PenaltyCase penalty = penalties.openOrGet(caseId, context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
        penalty.verifyLead(values.choice("proposal", FilingDecision.class), values.text("findings"),
                values.text("transferTo"));
        penalties.save(penalty);
        return Map.of(Bpmn.Var.FILING_DECISION, values.text("proposal"));
    }
}
