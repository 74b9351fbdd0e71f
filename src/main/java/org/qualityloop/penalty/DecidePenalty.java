package org.qualityloop.penalty;

import java.util.Map;
import java.util.UUID;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 行政处罚决定书: decided and served; the fine is due 15 days after service. */
@Component
class DecidePenalty implements TaskAction {

    private final PenaltyMaterial material;
    private final Attachments attachments;
    private final EnforcementOfficers officers;

    private final PenaltyCases penalties;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    DecidePenalty(PenaltyCases penalties, Documents documents, CaseDeadlines deadlines, PenaltyMaterial material,
                  Attachments attachments, EnforcementOfficers officers) {
        this.attachments = attachments;
        this.officers = officers;
        this.material = material;
        this.penalties = penalties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.DECIDE_PENALTY;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("decidedOn"), FormField.date("servedOn"), FormField.money("fineAmount"),
                FormField.text("legalArticles"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "decidedOn", values.date("decidedOn"),
                context.dateVariable(Bpmn.Var.PRIOR_NOTICE_SERVED_ON));
        DateChecks.notBefore(errors, "servedOn", values.date("servedOn"), values.date("decidedOn"));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.penaltyDecision";
    }

    /** The intended penalty as the party was told it, and what the party said or the hearing recorded. */
    @Override
    public Material material(TaskContext context) {
        UUID caseId = context.caseFile().id();
        return material.proposeDecision(material.party(material.investigation(Material.of(), caseId), caseId), caseId)
                .build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        penalties.change(c.id(), p -> p.decided(values.date("decidedOn"), values.date("servedOn"),
                values.money("fineAmount"), values.text("legalArticles")));
        deadlines.met(c.id(), Step.PENALTY_DECISION, values.date("decidedOn"));
        var payBy = deadlines.start(c.id(), Step.FINE_PAYMENT, values.date("servedOn")).dueOn();
        // made public on the enterprise credit publicity system within the period of its rule
        deadlines.start(c.id(), Step.PENALTY_PUBLICITY, values.date("decidedOn"));
        PenaltyCase p = penalties.get(c.id());
        documents.issue(c, values.date("decidedOn"), context.username(), DocumentText.of(DocumentKind.PENALTY_DECISION)
                .with("filedOn", p.filedOn).with("findings", p.investigationFindings)
                .with("evidence", attachments.list(c.id()).stream()
                        .filter(a -> Bpmn.Task.INVESTIGATE.equals(a.taskKey())).map(Attachments.Attachment::fileName).toList())
                .with("priorNoticeServedOn", p.priorNoticeServedOn)
                .with("partyResponse", p.partyResponse == null ? null : p.partyResponse.name())
                .with("statement", p.partyStatement).with("hearingHeldOn", p.hearingHeldOn)
                .with("articles", values.text("legalArticles")).with("fine", values.money("fineAmount").toPlainString())
                .with("payBy", payBy).actedBy(officers.named(p.investigators)).startsDeadline(payBy));
        return Map.of(Bpmn.Var.DECISION_SERVED_ON, values.date("servedOn").toString());
    }
}
