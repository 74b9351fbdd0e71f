package org.qualityloop.rectification;

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

/** Still failing after suspension: referred to the registration authority for revocation of the licence. */
@Component
class ReferLicenceRevocation implements TaskAction {

    private final RectificationMaterial material;

    private final Rectifications rectifications;
    private final Documents documents;

    ReferLicenceRevocation(Rectifications rectifications, Documents documents, RectificationMaterial material) {
        this.material = material;
        this.rectifications = rectifications;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.REFER_LICENCE_REVOCATION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("referredOn"), FormField.text("registrationAuthority"),
                FormField.longText("reason"), EnforcementStep.coOfficer());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "referredOn", values.date("referredOn"),
                context.dateVariable(Bpmn.Var.SUSPENSION_ENDS_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.revocationReferral";
    }

    @Override
    public Material material(TaskContext context) {
        return material.of(context.caseFile().id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        rectifications.referred(c.id(), values.date("referredOn"), values.text("registrationAuthority"));
        documents.issue(c, values.date("referredOn"), context.username(), DocumentText.variant(
                DocumentKind.TRANSFER_LETTER, "REVOCATION").with("recipient", values.text("registrationAuthority"))
                .with("reason", values.text("reason")).actedBy(context.officers()));
        return Map.of();
    }
}
