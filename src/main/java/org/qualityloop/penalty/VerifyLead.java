package org.qualityloop.penalty;

import java.util.HashMap;
import java.util.Map;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
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
    public TaskForm form() {
        return TaskForm.of(FormField.choice("proposal", FilingDecision.class), FormField.longText("findings"),
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
        penalties.open(caseId, context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
        Map<String, Object> columns = new HashMap<>();
        columns.put("filing_decision", values.text("proposal"));
        columns.put("lead_findings", values.text("findings"));
        columns.put("transfer_to", values.text("transferTo"));
        penalties.record(caseId, columns);
        return Map.of(Bpmn.Var.FILING_DECISION, values.text("proposal"));
    }
}
