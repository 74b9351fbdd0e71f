package org.qualityloop.rectification;

import java.util.Map;
import org.qualityloop.casefile.CaseFile;
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
 * A supervisor approves ordering the enterprise to rectify before the handler issues the order, with an opinion on
 * what it must require. The standard stage has no such step; a province whose procedure asks for it adds it in a
 * variant of the rectification stage (issue 16, README "Stage variants"), and this action serves it.
 */
@Component
class ApproveRectificationOrder implements TaskAction {

    @Override
    public String taskKey() {
        return Bpmn.Task.APPROVE_RECTIFICATION_ORDER;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("approvedOn"), FormField.longText("opinion"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "approvedOn", values.date("approvedOn"),
                context.dateVariable(Bpmn.Var.RESULT_FINAL_ON));
    }

    /** What the order will rest on: the confirmed classification and the result it follows. */
    @Override
    public Material material(TaskContext context) {
        CaseFile c = context.caseFile();
        return Material.of()
                .named("material.classification.track", "option.track.", c.track())
                .date("material.rectification.resultFinalOn", context.dateVariable(Bpmn.Var.RESULT_FINAL_ON))
                .build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        // the opinion and the day are kept in the case's record of this completion; the order itself follows
        return Map.of();
    }
}
