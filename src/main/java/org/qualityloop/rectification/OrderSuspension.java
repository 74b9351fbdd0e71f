package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 责令停业、限期整顿: the period is set in the order; re-inspection follows when it ends. */
@Component
class OrderSuspension implements TaskAction {

    private static final int LONGEST_PERIOD_DAYS = 365;

    private final Rectifications rectifications;
    private final Documents documents;
    private final CaseDeadlines deadlines;
    private final StatutoryCalendar calendar;
    private final RectificationMaterial material;

    OrderSuspension(Rectifications rectifications, Documents documents, CaseDeadlines deadlines,
                    StatutoryCalendar calendar, RectificationMaterial material) {
        this.material = material;
        this.rectifications = rectifications;
        this.documents = documents;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ORDER_SUSPENSION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("orderedOn"), FormField.integer("periodDays"),
                FormField.longText("reason").optional(), EnforcementStep.coOfficer());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "orderedOn", values.date("orderedOn"),
                context.dateVariable(Bpmn.Var.PROVINCE_ANNOUNCED_ON));
        Integer days = values.integer("periodDays");
        if (days < 1 || days > LONGEST_PERIOD_DAYS) {
            errors.reject("periodDays", "validation.number");
        }
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.suspension";
    }

    @Override
    public Material material(TaskContext context) {
        return material.of(context.caseFile().id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        LocalDate orderedOn = values.date("orderedOn");
        LocalDate endsOn = calendar.addCalendarDays(orderedOn, values.integer("periodDays"));
        rectifications.suspended(c.id(), orderedOn, endsOn);
        deadlines.start(c.id(), Step.SUSPENSION_REINSPECTION, endsOn);
        documents.issue(c, orderedOn, context.username(), DocumentText.of(DocumentKind.SUSPENSION_ORDER)
                .with("orderedOn", orderedOn).with("endsOn", endsOn).actedBy(context.officers())
                .startsDeadline(endsOn));
        return Map.of(Bpmn.Var.SUSPENSION_ENDS_ON, endsOn.toString());
    }
}
