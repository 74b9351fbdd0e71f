package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/**
 * Records how the notice was served. Any method but announcement starts the objection window on the
 * served date; an announcement starts the period after which service counts as made.
 */
@Component
class RecordService implements TaskAction {

    private final ServiceRecords records;
    private final CaseDeadlines deadlines;
    private final Documents documents;

    RecordService(ServiceRecords records, CaseDeadlines deadlines, Documents documents) {
        this.records = records;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_SERVICE;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.choice("method", ServiceMethod.class),
                FormField.date("servedOn"),
                FormField.yesNo("addressConfirmed"),
                FormField.longText("evidence").optional(),
                FormField.text("place").optional(),
                FormField.text("witness").optional(),
                EnforcementStep.coOfficer()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "servedOn", values.date("servedOn"),
                context.dateVariable(Bpmn.Var.NOTICE_ISSUED_ON));
        // 留置送达 is valid only with a witness to the refusal (民事诉讼法 Art.89 as the procedure rules apply it)
        if (values.choice("method", ServiceMethod.class) == ServiceMethod.LEFT && !values.has("witness")) {
            errors.reject("witness", "task.leftNeedsWitness");
        }
        if (values.choice("method", ServiceMethod.class) == ServiceMethod.ELECTRONIC && !values.yes("addressConfirmed")) {
            errors.reject("addressConfirmed", "task.electronicNeedsConfirmation");
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        ServiceMethod method = values.choice("method", ServiceMethod.class);
        LocalDate date = values.date("servedOn");
        boolean announcement = method == ServiceMethod.ANNOUNCEMENT;
        records.record(c.id(), method, announcement ? null : date, announcement ? date : null,
                values.yes("addressConfirmed"), values.text("evidence"), context.username());
        deadlines.met(c.id(), Step.SERVICE_RECORD, context.today());
        IssuedDocument notice = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.RESULT_NOTICE)
                .reduce((first, last) -> last).orElseThrow();
        documents.issue(c, date, context.username(), DocumentText.of(DocumentKind.SERVICE_RECEIPT)
                .with("servedTitle", notice.title()).with("servedNumber", notice.number())
                .with("method", method.name()).with("servedOn", date)
                .with("place", values.has("place") ? values.text("place") : c.intake().sampledEnterprise().address())
                .with("witness", values.text("witness")).with("evidence", values.text("evidence"))
                .actedBy(context.officers()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Bpmn.Var.SERVICE_METHOD, method.name());
        if (announcement) {
            deadlines.start(c.id(), Step.ANNOUNCEMENT_SERVICE, date);
            variables.put(Bpmn.Var.ANNOUNCED_ON, date.toString());
        } else {
            deadlines.start(c.id(), Step.OBJECTION, date);
            variables.put(Bpmn.Var.SERVED_ON, date.toString());
        }
        return variables;
    }
}
