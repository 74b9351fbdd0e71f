package org.qualityloop.publication;

import java.util.Map;
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

/** 处理情况报告 to the organising / upper-level authority once rectification (and any penalty) is done. */
@Component
class SubmitHandlingReport implements TaskAction {

    private final Documents documents;

    SubmitHandlingReport(Documents documents) {
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.SUBMIT_HANDLING_REPORT;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("reportedOn"), FormField.longText("summary"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        var c = context.caseFile();
        documents.issue(c, values.date("reportedOn"), context.username(), DocumentText.of(DocumentKind.HANDLING_REPORT)
                .with("summary", values.text("summary")));
        return Map.of();
    }
}
