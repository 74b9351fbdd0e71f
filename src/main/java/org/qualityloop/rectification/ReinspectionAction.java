package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;

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
    public Form form() {
        return Form.of(
                FormField.date("inspectedOn"),
                FormField.yesNo("passed"),
                FormField.text("reportNo").optional().max(FormField.NUMBER_MAX),
                FormField.longText("notes").optional(),
                EnforcementStep.coOfficer()).withEvidence();
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
        documents.issue(c, values.date("inspectedOn"), context.username(), DocumentText.of(
                DocumentKind.REINSPECTION_RECORD).with("round", round().name()).with("inspectedOn", values.date("inspectedOn"))
                .with("passed", passed).with("reportNo", values.text("reportNo")).with("notes", values.text("notes"))
                .actedBy(context.officers()));
        if (passed) {
            c.liftStopSale();
            cases.update(c);
        }
        return Map.of(Bpmn.Var.REINSPECTION_PASSED, passed);
    }
}
