package org.qualityloop.rectification;

import java.time.LocalDate;
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

/** The 责令整改通知书: 60 days to rectify and the first re-inspection within 75, both from the order date. */
@Component
class IssueRectificationOrder implements TaskAction {

    private final Rectifications rectifications;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    IssueRectificationOrder(Rectifications rectifications, Documents documents, CaseDeadlines deadlines) {
        this.rectifications = rectifications;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ISSUE_RECTIFICATION_ORDER;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("orderedOn"), FormField.longText("requirements"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "orderedOn", values.date("orderedOn"),
                context.dateVariable(Bpmn.Var.RESULT_FINAL_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        LocalDate orderedOn = values.date("orderedOn");
        rectifications.order(c.id(), orderedOn, values.text("requirements"));
        deadlines.met(c.id(), "RECTIFICATION_ORDER", orderedOn);
        LocalDate rectifyBy = deadlines.start(c.id(), "RECTIFICATION", orderedOn).dueOn();
        LocalDate reinspectBy = deadlines.start(c.id(), "FIRST_REINSPECTION", orderedOn).dueOn();
        documents.issue(c, DocumentKind.RECTIFICATION_ORDER, orderedOn,
                c.intake().sampledEnterprise().name() + "：你单位" + c.intake().product().name()
                        + "经监督抽查不合格。责令你单位于" + rectifyBy + "前完成整改，并提交整改报告；本局将于" + reinspectBy
                        + "前组织复查。整改要求：" + values.text("requirements") + "。复查合格前，不得生产、销售同一产品。",
                context.username());
        return Map.of(Bpmn.Var.ORDERED_ON, orderedOn.toString());
    }
}
