package org.qualityloop.rectification;

import java.util.Map;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** The first re-inspection failed: the case is reported up to the provincial authority for announcement. */
@Component
class ReportToProvince implements TaskAction {

    private final Rectifications rectifications;

    ReportToProvince(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.REPORT_TO_PROVINCE;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("reportedOn"), FormField.longText("summary"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "reportedOn", values.date("reportedOn"), context.dateVariable(Bpmn.Var.ORDERED_ON));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        rectifications.reportedUp(context.caseFile().id(), values.date("reportedOn"));
        return Map.of();
    }
}
