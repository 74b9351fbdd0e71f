package org.qualityloop.objection;

import org.qualityloop.process.Material;
import java.util.Map;
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
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The handler accepts the objection for review or re-test (受理), or refuses it with reasons (不予受理). */
@Component
class DecideObjectionAcceptance implements TaskAction {

    private final ObjectionMaterial material;

    private final Objections objections;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    DecideObjectionAcceptance(Objections objections, Documents documents, CaseDeadlines deadlines,
                              ObjectionMaterial material) {
        this.material = material;
        this.objections = objections;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.yesNo("accepted"),
                FormField.yesNo("retest"),
                FormField.longText("reason").optional(),
                FormField.date("decidedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.reasonUnless(errors, values.yes("accepted"), values, "reason");
        DateChecks.notBefore(errors, "decidedOn", values.date("decidedOn"),
                context.dateVariable(Bpmn.Var.OBJECTION_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return values.yes("accepted") ? null : "confirm.objectionRefused";
    }

    @Override
    public Material material(TaskContext context) {
        return material.filed(Material.of(), context.caseFile().id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        boolean accepted = values.yes("accepted");
        // an accepted re-test application is a re-test, whatever the box says
        boolean retest = accepted && (values.yes("retest") || objections.response(c.id()) == Response.RETEST);
        objections.acceptance(c.id(), accepted, retest, values.text("reason"));
        deadlines.met(c.id(), Step.OBJECTION_ACCEPTANCE, values.date("decidedOn"));
        ObjectionRecord filed = objections.find(c.id()).orElseThrow();
        // in the words of what the enterprise filed: an objection, or an application for a re-test
        documents.issue(c, values.date("decidedOn"), context.username(), DocumentText.of(
                        accepted ? DocumentKind.OBJECTION_ACCEPTANCE : DocumentKind.OBJECTION_REFUSAL)
                .with("filed", filed.response().name()).with("receivedOn", filed.receivedOn()).with("retest", retest)
                .with("reason", values.text("reason")).actedBy(context.officers()));
        return Map.of(Bpmn.Var.OBJECTION_ACCEPTED, accepted, Bpmn.Var.RETEST_ORDERED, retest);
    }
}
