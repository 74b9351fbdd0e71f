package org.qualityloop.penalty;

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

/** 行政处罚告知书: from its service the party has 5 working days to state its case or ask for a hearing. */
@Component
class IssuePriorNotice implements TaskAction {

    private final PenaltyCases penalties;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    IssuePriorNotice(PenaltyCases penalties, Documents documents, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ISSUE_PRIOR_NOTICE;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("servedOn"), FormField.money("proposedFine"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "servedOn", values.date("servedOn"), context.dateVariable(Bpmn.Var.FILED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        penalties.record(c.id(), Map.of("prior_notice_served_on", values.date("servedOn"),
                "proposed_fine", values.money("proposedFine")));
        var statementDue = deadlines.start(c.id(), "STATEMENT", values.date("servedOn")).dueOn();
        documents.issue(c, DocumentKind.PRIOR_NOTICE, values.date("servedOn"), c.intake().sampledEnterprise().name()
                + "：本局拟对你单位处以罚款人民币" + values.money("proposedFine").toPlainString() + "元。你单位可于"
                + statementDue + "前提出陈述、申辩，或要求听证；逾期视为放弃。", context.username());
        return Map.of(Bpmn.Var.PRIOR_NOTICE_SERVED_ON, values.date("servedOn").toString());
    }
}
