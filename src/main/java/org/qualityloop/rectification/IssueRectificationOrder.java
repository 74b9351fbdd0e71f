package org.qualityloop.rectification;

import java.time.LocalDate;
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
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
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
    public Form form() {
        return Form.of(FormField.date("orderedOn"), FormField.longText("requirements"), EnforcementStep.coOfficer());
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
        deadlines.met(c.id(), Step.RECTIFICATION_ORDER, orderedOn);
        LocalDate rectifyBy = deadlines.start(c.id(), Step.RECTIFICATION, orderedOn).dueOn();
        LocalDate reinspectBy = deadlines.start(c.id(), Step.FIRST_REINSPECTION, orderedOn).dueOn();
        documents.issue(c, orderedOn, context.username(), DocumentText.of(DocumentKind.RECTIFICATION_ORDER)
                .with("rectifyBy", rectifyBy).with("reinspectBy", reinspectBy)
                .with("requirements", values.text("requirements")).actedBy(context.officers())
                .startsDeadline(rectifyBy));
        return Map.of(Bpmn.Var.ORDERED_ON, orderedOn.toString());
    }
}
