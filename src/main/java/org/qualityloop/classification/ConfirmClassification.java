package org.qualityloop.classification;

import java.util.HashMap;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Track;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/**
 * The handler confirms the suggested track or overrides it with a reason. A serious or criminal track
 * makes the case a penalty lead received on the confirmation date.
 */
@Component
class ConfirmClassification implements TaskAction {

    private final CaseFiles cases;
    private final CaseDeadlines deadlines;

    ConfirmClassification(CaseFiles cases, CaseDeadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.CONFIRM_CLASSIFICATION;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.choice("track", Track.class),
                FormField.longText("reason").optional(),
                FormField.date("confirmedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        boolean asSuggested = values.text("track").equals(context.variable(Bpmn.Var.SUGGESTED_TRACK));
        if (!asSuggested && !values.has("reason")) {
            errors.reject("reason", "task.overrideReason");
        }
        DateChecks.notBefore(errors, "confirmedOn", values.date("confirmedOn"),
                context.dateVariable(Bpmn.Var.RESULT_FINAL_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        Track track = values.choice("track", Track.class);
        return track == Track.SERIOUS || track == Track.CRIMINAL ? "confirm.track" : null;
    }

    /**
     * The decision table's suggestion and what it was given, the suggestion pre-selected: overriding it takes a
     * reason, so the handler must see it.
     */
    @Override
    public Material material(TaskContext context) {
        Object suggested = context.variable(Bpmn.Var.SUGGESTED_TRACK);
        return Material.of()
                .named("material.classification.suggestion", "option.track.", suggested)
                .named("material.classification.hazard", "hazard.", context.variable(Bpmn.Var.HAZARD))
                .yesNo("material.classification.repeatFailure", (Boolean) context.variable(Bpmn.Var.REPEAT_FAILURE))
                .named("material.classification.riskGrade", "grade.", context.variable(Bpmn.Var.RISK_GRADE))
                .yesNo("material.classification.keyProduct", (Boolean) context.variable(Bpmn.Var.KEY_PRODUCT))
                .yesNo("material.classification.adulteration",
                        (Boolean) context.variable(Bpmn.Var.ADULTERATION_SUSPECTED))
                .text("material.classification.category", context.caseFile().intake().product().category())
                .propose("track", suggested)
                .build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        Track track = values.choice("track", Track.class);
        c.suggestTrack(Track.valueOf((String) context.variable(Bpmn.Var.SUGGESTED_TRACK)));
        c.confirmTrack(track);
        cases.update(c);
        deadlines.start(c.id(), Step.RECTIFICATION_ORDER, context.dateVariable(Bpmn.Var.RESULT_FINAL_ON));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Bpmn.Var.TRACK, track.name());
        if (track != Track.GENERAL) {
            variables.put(Bpmn.Var.LEAD_RECEIVED_ON, values.date("confirmedOn").toString());
            if (track == Track.SERIOUS) {
                deadlines.start(c.id(), Step.LEAD_VERIFICATION, values.date("confirmedOn"));
            }
        }
        return variables;
    }
}
