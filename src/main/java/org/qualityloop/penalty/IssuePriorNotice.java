package org.qualityloop.penalty;

import java.util.Map;
import java.util.UUID;
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
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** 行政处罚告知书: from its service the party has 5 working days to state its case or ask for a hearing. */
@Component
class IssuePriorNotice implements TaskAction {

    private final PenaltyMaterial material;

    private final PenaltyCases penalties;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    IssuePriorNotice(PenaltyCases penalties, Documents documents, CaseDeadlines deadlines, PenaltyMaterial material) {
        this.material = material;
        this.penalties = penalties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ISSUE_PRIOR_NOTICE;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("servedOn"), FormField.money("proposedFine"), EnforcementStep.coOfficer());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "servedOn", values.date("servedOn"), context.dateVariable(Bpmn.Var.FILED_ON));
    }

    /** The investigation's findings and proposed fine, carried into the notice's fields (editable). */
    @Override
    public Material material(TaskContext context) {
        UUID caseId = context.caseFile().id();
        return material.proposePriorNotice(material.investigation(Material.of(), caseId), caseId).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        PenaltyCase p = penalties.change(c.id(), step -> step.priorNoticeServed(values.date("servedOn"),
                values.money("proposedFine")));
        var statementDue = deadlines.start(c.id(), Step.STATEMENT, values.date("servedOn")).dueOn();
        documents.issue(c, values.date("servedOn"), context.username(), DocumentText.of(DocumentKind.PRIOR_NOTICE)
                .with("findings", p.investigationFindings).with("articles", p.legalArticles)
                .with("fine", values.money("proposedFine").toPlainString()).with("statementDue", statementDue)
                .actedBy(context.officers()).startsDeadline(statementDue));
        return Map.of(Bpmn.Var.PRIOR_NOTICE_SERVED_ON, values.date("servedOn").toString());
    }
}
