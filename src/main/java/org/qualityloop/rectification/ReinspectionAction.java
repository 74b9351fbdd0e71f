package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;

/**
 * What every re-inspection round records: date, result, report. A pass ends the ban on production and
 * sale; the rounds differ only in when they may take place.
 */
abstract class ReinspectionAction implements TaskAction {

    private final Rectifications rectifications;
    private final Documents documents;
    private final CaseFiles cases;

    ReinspectionAction(Rectifications rectifications, Documents documents, CaseFiles cases) {
        this.rectifications = rectifications;
        this.documents = documents;
        this.cases = cases;
    }

    abstract ReinspectionRound round();

    /** When this round may take place, checked against {@code inspectedOn}. */
    abstract void checkTiming(TaskContext context, LocalDate inspectedOn, FieldErrors errors);

    @Override
    public TaskForm form() {
        return TaskForm.of(
                FormField.date("inspectedOn"),
                FormField.yesNo("passed"),
                FormField.text("reportNo").optional(),
                FormField.longText("notes").optional()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        checkTiming(context, values.date("inspectedOn"), errors);
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        boolean passed = values.yes("passed");
        rectifications.reinspected(c.id(), round(), values.date("inspectedOn"), passed, values.text("reportNo"),
                values.text("notes"), context.username());
        documents.issue(c, DocumentKind.REINSPECTION_RECORD, values.date("inspectedOn"),
                "复查轮次：" + round() + "；复查结论：" + (passed ? "合格" : "不合格")
                        + (values.has("notes") ? "；" + values.text("notes") : ""), context.username());
        if (passed) {
            c.liftStopSale();
            cases.update(c);
        }
        return Map.of(Bpmn.Var.REINSPECTION_PASSED, passed);
    }
}
