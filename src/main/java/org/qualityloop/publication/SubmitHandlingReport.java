package org.qualityloop.publication;

import java.util.Map;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
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
    public TaskForm form() {
        return TaskForm.of(FormField.date("reportedOn"), FormField.longText("summary"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        var c = context.caseFile();
        documents.issue(c, DocumentKind.HANDLING_REPORT, values.date("reportedOn"), "致 " + c.intake().organizingBureauCode()
                + "：案件 " + c.caseNo() + "（" + c.intake().product().name() + "）处理情况：" + values.text("summary"),
                context.username());
        return Map.of();
    }
}
