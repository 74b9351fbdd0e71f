package org.qualityloop.penalty;

import java.util.Map;
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

/** 案件移送函: to the judicial organs when a crime is suspected, or to the competent bureau. */
@Component
class PrepareTransfer implements TaskAction {

    private final PenaltyCases penalties;
    private final Documents documents;

    PrepareTransfer(PenaltyCases penalties, Documents documents) {
        this.penalties = penalties;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.PREPARE_TRANSFER;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("transferredOn"), FormField.text("recipient"), FormField.longText("reason"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "transferredOn", values.date("transferredOn"),
                context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.transfer";
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        penalties.open(c.id(), context.dateVariable(Bpmn.Var.LEAD_RECEIVED_ON));
        penalties.record(c.id(), Map.of("transfer_to", values.text("recipient"),
                "transferred_on", values.date("transferredOn"), "outcome", "TRANSFERRED"));
        documents.issue(c, DocumentKind.TRANSFER_LETTER, values.date("transferredOn"), values.text("recipient") + "："
                + c.intake().sampledEnterprise().name() + "（" + c.enterpriseUscc() + "）生产（销售）的"
                + c.intake().product().name() + "经监督抽查不合格，" + values.text("reason") + "。现将案件移送你单位依法处理。",
                context.username());
        return Map.of();
    }
}
