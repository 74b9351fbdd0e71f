package org.qualityloop.objection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/**
 * The enterprise accepts the result, objects, or applies for a re-test, online or (recorded by the
 * handler) on paper. {@code receivedOn} defaults to today; a paper answer dated after the window is refused.
 */
@Component
class RespondToResult implements TaskAction {

    private final Objections objections;
    private final CaseDeadlines deadlines;
    private final StatutoryCalendar calendar;

    RespondToResult(Objections objections, CaseDeadlines deadlines, StatutoryCalendar calendar) {
        this.objections = objections;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RESPOND_TO_RESULT;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.choice("decision", Response.class),
                FormField.longText("reason").optional(),
                FormField.date("receivedOn").optional()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.reasonUnless(errors, values.choice("decision", Response.class) == Response.ACCEPT, values, "reason");
        LocalDate servedOn = context.dateVariable(Bpmn.Var.SERVED_ON);
        LocalDate received = DateChecks.receivedOn(context, values, "receivedOn", errors);
        DateChecks.notBefore(errors, "receivedOn", received, servedOn);
        LocalDate windowEnds = calendar.deadline(Step.OBJECTION, servedOn).dueOn();
        if (received.isAfter(windowEnds)) {
            errors.reject("receivedOn", "task.objectionLate", windowEnds.toString());
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        Response response = values.choice("decision", Response.class);
        LocalDate received = context.dateOrToday(values, "receivedOn");
        objections.respond(c.id(), response.name(), values.text("reason"), received);
        deadlines.met(c.id(), Step.OBJECTION, received);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Bpmn.Var.RESPONSE, response.name());
        variables.put(Bpmn.Var.OBJECTION_RECEIVED_ON, received.toString());
        if (response == Response.ACCEPT) {
            objections.decide(c.id(), ObjectionOutcome.ACCEPTED, received, context.username());
            variables.put(Bpmn.Var.OBJECTION_OUTCOME, ObjectionOutcome.ACCEPTED.name());
            variables.put(Bpmn.Var.RESULT_FINAL_ON, received.toString());
        } else {
            deadlines.start(c.id(), Step.OBJECTION_ACCEPTANCE, received);
        }
        return variables;
    }
}
