package org.qualityloop.penalty;

import java.time.LocalDate;
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

/** The party states its case, asks for a hearing, or waives both. */
@Component
class RespondToPriorNotice implements TaskAction {

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    RespondToPriorNotice(PenaltyCases penalties, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RESPOND_TO_PRIOR_NOTICE;
    }

    @Override
    public Form form() {
        return Form.of(FormField.choice("response", PartyResponse.class), FormField.longText("statement").optional(),
                FormField.date("receivedOn").optional()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.reasonUnless(errors, values.choice("response", PartyResponse.class) == PartyResponse.WAIVE,
                values, "statement");
        DateChecks.receivedOn(context, values, "receivedOn", errors);
        DateChecks.notBefore(errors, "receivedOn", values.date("receivedOn"),
                context.dateVariable(Bpmn.Var.PRIOR_NOTICE_SERVED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        PartyResponse response = values.choice("response", PartyResponse.class);
        LocalDate received = context.dateOrToday(values, "receivedOn");
        penalties.change(context.caseFile().id(), p -> p.responded(response, values.text("statement")));
        deadlines.met(context.caseFile().id(), Step.STATEMENT, received);
        return Map.of(Bpmn.Var.HEARING_REQUESTED, response == PartyResponse.HEARING);
    }
}
