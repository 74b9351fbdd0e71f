package org.qualityloop.publication;

import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.plans.HandlingReports;
import org.qualityloop.plans.Plans;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 处理情况报告 to the organising / upper-level authority once rectification (and any penalty) is done. */
@Component
class SubmitHandlingReport implements TaskAction {

    private final Documents documents;
    private final HandlingReports reports;
    private final Plans plans;
    private final MessageSource messages;

    SubmitHandlingReport(Documents documents, HandlingReports reports, Plans plans, MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.reports = reports;
        this.plans = plans;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.SUBMIT_HANDLING_REPORT;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("reportedOn"), FormField.longText("summary"));
    }

    /**
     * What the report rests on: the case's line of its plan's handling report (stage, outcome, deadlines met in time
     * or late), the plan and whether the bureau's report on it went up already; the documents issued, as the
     * summary the form starts from.
     */
    @Override
    public Material material(TaskContext context) {
        CaseFile c = context.caseFile();
        String planKey = c.intake().spotCheckPlan();
        Material.Builder material = Material.of().text("material.report.plan", planKey);
        if (planKey != null) {
            plans.find(planKey).or(() -> plans.byName(planKey)).ifPresent(plan -> reports.submitted(plan.code()).stream()
                    .filter(r -> r.bureauCode().equals(c.bureauCode())).findFirst()
                    .ifPresent(r -> material.text("material.report.planReport", r.reportNo())));
        }
        HandlingReports.Line line = reports.line(c);
        material.text("material.report.stage", line.stage() + "；" + line.outcome())
                .text("material.report.deadlines", line.metInTime() + " / " + line.late());
        String issued = documents.list(c.id()).stream().filter(d -> d.kind() != DocumentKind.SERVICE_RECEIPT)
                .sorted(java.util.Comparator.comparing(IssuedDocument::issuedOn))
                .map(d -> d.title() + "（" + d.number() + "）").collect(java.util.stream.Collectors.joining("、"));
        return material.text("material.report.documents", issued)
                .propose("summary", issued.isEmpty() ? null
                        : messages.getMessage("report.proposedSummary", new Object[] {issued}, DocumentText.LANGUAGE))
                .build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        var c = context.caseFile();
        documents.issue(c, values.date("reportedOn"), context.username(), DocumentText.of(DocumentKind.HANDLING_REPORT)
                .with("summary", values.text("summary")));
        return Map.of();
    }
}
