package org.qualityloop.rectification;

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

/** The enterprise reports what it corrected and how it disposed of the product (下架, 召回, 封存). */
@Component
class SubmitRectificationReport implements TaskAction {

    private final Rectifications rectifications;
    private final CaseDeadlines deadlines;

    SubmitRectificationReport(Rectifications rectifications, CaseDeadlines deadlines) {
        this.rectifications = rectifications;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.SUBMIT_RECTIFICATION_REPORT;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.longText("summary"),
                FormField.longText("disposal"),
                FormField.yesNo("stopSaleConfirmed"),
                FormField.date("submittedOn").optional()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        if (!values.yes("stopSaleConfirmed")) {
            errors.reject("stopSaleConfirmed", "task.mustConfirm");
        }
        DateChecks.receivedOn(context, values, "submittedOn", errors);
        DateChecks.notBefore(errors, "submittedOn", values.date("submittedOn"),
                context.dateVariable(Bpmn.Var.ORDERED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        LocalDate submittedOn = context.dateOrToday(values, "submittedOn");
        rectifications.report(context.caseFile().id(), submittedOn, values.text("summary"), values.text("disposal"));
        deadlines.met(context.caseFile().id(), Step.RECTIFICATION, submittedOn);
        return Map.of();
    }
}
