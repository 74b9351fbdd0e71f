package org.qualityloop.penalty;

import java.util.Map;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** Investigation: the facts, the value of the goods (fines are multiples of it), the proposed penalty. */
@Component
class Investigate implements TaskAction {

    private final PenaltyCases penalties;
    private final CaseDeadlines deadlines;

    Investigate(PenaltyCases penalties, CaseDeadlines deadlines) {
        this.penalties = penalties;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.INVESTIGATE;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.longText("findings"), FormField.money("goodsValue"),
                FormField.money("proposedFine"), FormField.text("legalArticles"), FormField.date("completedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "completedOn", values.date("completedOn"), context.dateVariable(Bpmn.Var.FILED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        penalties.record(context.caseFile().id(), Map.of(
                "investigation_findings", values.text("findings"),
                "goods_value", values.money("goodsValue"),
                "proposed_fine", values.money("proposedFine"),
                "legal_articles", values.text("legalArticles")));
        deadlines.start(context.caseFile().id(), "LEGAL_REVIEW", values.date("completedOn"));
        return Map.of();
    }
}
