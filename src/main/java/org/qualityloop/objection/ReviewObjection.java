package org.qualityloop.objection;

import java.util.UUID;
import org.qualityloop.process.Material;
import java.util.Map;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** An objection without re-test (to procedure, sampling, method) is reviewed on its merits and a decision proposed. */
@Component
class ReviewObjection implements TaskAction {

    private final ObjectionMaterial material;

    enum Proposal { UPHELD, REJECTED }

    private final Objections objections;

    ReviewObjection(Objections objections, ObjectionMaterial material) {
        this.material = material;
        this.objections = objections;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.REVIEW_OBJECTION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.choice("proposedOutcome", Proposal.class), FormField.longText("reason"));
    }

    @Override
    public Material material(TaskContext context) {
        UUID caseId = context.caseFile().id();
        return material.acceptance(material.filed(Material.of(), caseId), caseId).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        objections.propose(context.caseFile().id(),
                ObjectionOutcome.valueOf(values.text("proposedOutcome")), values.text("reason"));
        return Map.of();
    }
}
