package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 法制审核: the review passes the case to the prior notice, or returns it for further investigation. */
@Component
class LegalReview implements TaskAction {

    private final PenaltyMaterial material;

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    LegalReview(PenaltyCases penalties, CaseDeadlines deadlines, PenaltyMaterial material) {
        this.material = material;
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.LEGAL_REVIEW;
    }

    @Override
    public Form form() {
        return Form.of(FormField.yesNo("approved"), FormField.longText("opinion"), FormField.date("reviewedOn"));
    }

    @Override
    public Material material(TaskContext context) {
        return material.investigation(Material.of(), context.caseFile().id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.change(context.caseFile().id(), p -> p.reviewed(values.text("opinion")));
        if (values.yes("approved")) {
            deadlines.met(context.caseFile().id(), Step.LEGAL_REVIEW, values.date("reviewedOn"));
        }
        return Map.of(Bpmn.Var.SUPERVISOR_APPROVED, values.yes("approved"));
    }
}
