package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The handler issues the 检验结论告知书; the date on it starts the clock for recording service. */
@Component
class IssueResultNotice implements TaskAction {

    private final Documents documents;
    private final CaseDeadlines deadlines;

    IssueResultNotice(Documents documents, CaseDeadlines deadlines) {
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ISSUE_RESULT_NOTICE;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("issuedOn"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        LocalDate issuedOn = values.date("issuedOn");
        documents.issue(c, issuedOn, context.username(), DocumentText.of(DocumentKind.RESULT_NOTICE)
                .actedBy(context.officers()));
        deadlines.met(c.id(), Step.RESULT_NOTICE, issuedOn);
        return Map.of(Bpmn.Var.NOTICE_ISSUED_ON, issuedOn.toString());
    }

}
