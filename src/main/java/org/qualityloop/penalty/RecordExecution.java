package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The fine was paid (or enforcement recorded): the penalty case is executed. */
@Component
class RecordExecution implements TaskAction {

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    RecordExecution(PenaltyCases penalties, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_EXECUTION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("paidOn"), FormField.money("amountPaid"), FormField.longText("notes").optional());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "paidOn", values.date("paidOn"), context.dateVariable(Bpmn.Var.DECISION_SERVED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.change(context.caseFile().id(), p -> p.paid(values.date("paidOn"), values.money("amountPaid")));
        deadlines.met(context.caseFile().id(), Step.FINE_PAYMENT, values.date("paidOn"));
        return Map.of();
    }
}
