package org.qualityloop.objection;

import java.util.Map;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** The handler accepts the objection for review or re-test (受理), or refuses it with reasons (不予受理). */
@Component
class DecideObjectionAcceptance implements TaskAction {

    private final Objections objections;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    DecideObjectionAcceptance(Objections objections, Documents documents, CaseDeadlines deadlines) {
        this.objections = objections;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(
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
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        boolean accepted = values.yes("accepted");
        // an accepted re-test application is a re-test, whatever the box says
        boolean retest = accepted && (values.yes("retest") || objections.response(c.id()) == Response.RETEST);
        objections.acceptance(c.id(), accepted, retest, values.text("reason"));
        deadlines.met(c.id(), "OBJECTION_ACCEPTANCE", values.date("decidedOn"));
        String party = c.intake().sampledEnterprise().name();
        if (accepted) {
            documents.issue(c, DocumentKind.OBJECTION_ACCEPTANCE, values.date("decidedOn"),
                    party + "：你单位对检验结论提出的" + (retest ? "复检申请" : "异议") + "，本局决定予以受理。", context.username());
        } else {
            documents.issue(c, DocumentKind.OBJECTION_REFUSAL, values.date("decidedOn"),
                    party + "：你单位提出的异议，本局决定不予受理。理由：" + values.text("reason"), context.username());
        }
        return Map.of(Bpmn.Var.OBJECTION_ACCEPTED, accepted, Bpmn.Var.RETEST_ORDERED, retest);
    }
}
