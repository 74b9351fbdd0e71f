package org.qualityloop.rectification;

import java.util.Map;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
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
    public Form form() {
        return Form.of(FormField.date("reportedOn"), FormField.longText("summary"));
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
