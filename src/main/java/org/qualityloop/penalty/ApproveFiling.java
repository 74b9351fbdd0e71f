package org.qualityloop.penalty;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 立案审批: the supervisor approves the proposal; filing starts the 90-day decision period. */
@Component
class ApproveFiling implements TaskAction {

    private final PenaltyMaterial material;

    private final PenaltyCases penalties;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    ApproveFiling(PenaltyCases penalties, Documents documents, CaseDeadlines deadlines, PenaltyMaterial material) {
        this.material = material;
        this.penalties = penalties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.APPROVE_FILING;
    }

    @Override
    public Form form() {
        return Form.of(FormField.yesNo("approved"), FormField.longText("comment").optional(),
                FormField.date("decidedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.reasonUnless(errors, values.yes("approved"), values, "comment");
        DateChecks.notBefore(errors, "decidedOn", values.date("decidedOn"),
                context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return values.yes("approved") ? "confirm.filingDecision" : null;
    }

    @Override
    public Material material(TaskContext context) {
        return material.lead(Material.of(), context.caseFile().id()).filesOf(Bpmn.Task.VERIFY_LEAD).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Bpmn.Var.SUPERVISOR_APPROVED, values.yes("approved"));
        if (!values.yes("approved")) {
            return variables;
        }
        CaseFile c = context.caseFile();
        LocalDate decidedOn = values.date("decidedOn");
        FilingDecision decision = penalties.get(c.id()).filingDecision;
        deadlines.met(c.id(), Step.LEAD_VERIFICATION, decidedOn);
        if (decision == FilingDecision.FILE) {
            penalties.change(c.id(), p -> p.file(decidedOn));
            deadlines.start(c.id(), Step.PENALTY_DECISION, decidedOn);
            PenaltyCase p = penalties.get(c.id());
            documents.issue(c, decidedOn, context.username(), DocumentText.of(DocumentKind.FILING_APPROVAL)
                    .with("leadReceivedOn", context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON))
                    .with("leadFindings", p.leadFindings).with("approver", context.actorName()));
            variables.put(Bpmn.Var.FILED_ON, decidedOn.toString());
        } else if (decision == FilingDecision.NOT_FILE) {
            penalties.change(c.id(), PenaltyCase::notFiled);
        }
        return variables;
    }
}
