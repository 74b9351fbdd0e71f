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

/** 行政处罚决定书: decided and served; the fine is due 15 days after service. */
@Component
class DecidePenalty implements TaskAction {

    private final PenaltyCases penalties;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    DecidePenalty(PenaltyCases penalties, Documents documents, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.DECIDE_PENALTY;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("decidedOn"), FormField.date("servedOn"), FormField.money("fineAmount"),
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

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        penalties.record(c.id(), Map.of("decided_on", values.date("decidedOn"),
                "decision_served_on", values.date("servedOn"), "fine_amount", values.money("fineAmount"),
                "legal_articles", values.text("legalArticles")));
        deadlines.met(c.id(), "PENALTY_DECISION", values.date("decidedOn"));
        var payBy = deadlines.start(c.id(), "FINE_PAYMENT", values.date("servedOn")).dueOn();
        documents.issue(c, DocumentKind.PENALTY_DECISION, values.date("decidedOn"), "当事人："
                + c.intake().sampledEnterprise().name() + "（" + c.enterpriseUscc() + "）\n依据" + values.text("legalArticles")
                + "，决定处以罚款人民币" + values.money("fineAmount").toPlainString() + "元，限于" + payBy + "前缴纳。",
                context.username());
        return Map.of(Bpmn.Var.DECISION_SERVED_ON, values.date("servedOn").toString());
    }
}
