package org.qualityloop.objection;

import java.util.UUID;
import org.qualityloop.process.Material;
import java.util.HashMap;
import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Institutions;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/**
 * The supervisor approves the proposed outcome, which is then decided and served; or sends it back.
 * A re-test conclusion cannot be sent back: it is final.
 */
@Component
class ApproveObjectionDecision implements TaskAction {

    private final ObjectionMaterial material;
    private final Retests retests;
    private final Institutions institutions;

    private final Objections objections;
    private final Documents documents;

    ApproveObjectionDecision(Objections objections, Documents documents, ObjectionMaterial material, Retests retests,
                             Institutions institutions) {
        this.retests = retests;
        this.institutions = institutions;
        this.material = material;
        this.objections = objections;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.APPROVE_OBJECTION_DECISION;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.yesNo("approved"),
                FormField.longText("comment").optional(),
                FormField.date("decidedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        boolean approved = values.yes("approved");
        DateChecks.reasonUnless(errors, approved, values, "comment");
        if (!approved && objections.proposal(context.caseFile().id()).fromRetest()) {
            errors.reject("approved", "task.retestFinal");
        }
        DateChecks.notBefore(errors, "decidedOn", values.date("decidedOn"),
                context.dateVariable(Bpmn.Var.OBJECTION_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        if (!values.yes("approved")) {
            return null;
        }
        return objections.proposal(context.caseFile().id()).outcome() == ObjectionOutcome.UPHELD
                ? "confirm.objectionUpheld" : "confirm.objectionRejected";
    }

    @Override
    public Material material(TaskContext context) {
        UUID caseId = context.caseFile().id();
        return material.proposal(material.retest(material.filed(Material.of(), caseId), caseId), caseId).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Bpmn.Var.SUPERVISOR_APPROVED, values.yes("approved"));
        if (!values.yes("approved")) {
            return variables;
        }
        CaseFile c = context.caseFile();
        ObjectionOutcome outcome = objections.proposal(c.id()).outcome();
        objections.decide(c.id(), outcome, values.date("decidedOn"), context.username());
        ObjectionRecord filed = objections.find(c.id()).orElseThrow();
        DocumentText decision = DocumentText.variant(DocumentKind.OBJECTION_DECISION, outcome.name())
                .with("filed", filed.response().name()).with("receivedOn", filed.receivedOn())
                .with("proposalReason", filed.proposalReason()).with("retestReportNo", null);
        retests.find(c.id()).filter(r -> r.conclusion() != null).ifPresent(r -> decision
                .with("retestInstitution", institutions.nameOf(r.institutionCode()))
                .with("retestReportNo", r.reportNo()).with("conclusion", r.conclusion().name()));
        documents.issue(c, values.date("decidedOn"), context.username(), decision);
        variables.put(Bpmn.Var.OBJECTION_OUTCOME, outcome.name());
        if (outcome == ObjectionOutcome.REJECTED) {
            variables.put(Bpmn.Var.RESULT_FINAL_ON, values.date("decidedOn").toString());
        }
        return variables;
    }
}
