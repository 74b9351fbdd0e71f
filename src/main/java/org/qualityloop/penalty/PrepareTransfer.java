package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 案件移送函: to the judicial organs when a crime is suspected, or to the competent bureau. */
@Component
class PrepareTransfer implements TaskAction {

    private final PenaltyMaterial material;

    private final PenaltyCases penalties;
    private final Documents documents;

    PrepareTransfer(PenaltyCases penalties, Documents documents, PenaltyMaterial material) {
        this.material = material;
        this.penalties = penalties;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.PREPARE_TRANSFER;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("transferredOn"), FormField.text("recipient"), FormField.longText("reason"),
                EnforcementStep.coOfficer());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "transferredOn", values.date("transferredOn"),
                context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.transfer";
    }

    /** Why the case goes elsewhere: the track confirmed on classification and the lead as verified, if it was. */
    @Override
    public Material material(TaskContext context) {
        CaseFile c = context.caseFile();
        return material.lead(Material.of()
                .named("material.classification.track", "option.track.", c.track())
                .yesNo("material.classification.adulteration", c.intake().adulterationSuspected()), c.id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        PenaltyCase penalty = penalties.openOrGet(c.id(), context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
        penalty.transferred(values.text("recipient"), values.date("transferredOn"));
        penalties.save(penalty);
        documents.issue(c, values.date("transferredOn"), context.username(), DocumentText.variant(
                DocumentKind.TRANSFER_LETTER, "PENALTY").with("recipient", values.text("recipient"))
                .with("reason", values.text("reason")).actedBy(context.officers()));
        return Map.of();
    }
}
