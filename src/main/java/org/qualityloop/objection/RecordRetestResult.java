package org.qualityloop.objection;

import org.qualityloop.process.Material;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The re-test conclusion, which is final: conforming overturns the result, nonconforming confirms it. */
@Component
class RecordRetestResult implements TaskAction {

    private final ObjectionMaterial material;

    private final Retests retests;
    private final Objections objections;
    private final CaseDeadlines deadlines;

    RecordRetestResult(Retests retests, Objections objections, CaseDeadlines deadlines,
                       ObjectionMaterial material) {
        this.material = material;
        this.retests = retests;
        this.objections = objections;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_RETEST_RESULT;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.choice("conclusion", RetestConclusion.class),
                FormField.text("reportNo").max(FormField.NUMBER_MAX),
                FormField.date("concludedOn")).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "concludedOn", values.date("concludedOn"),
                context.dateVariable(Bpmn.Var.RETEST_SAMPLE_RECEIVED_ON));
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return "confirm.retestConclusion";
    }

    /** The institution re-tests the backup sample against the original report; the enterprise's reasons are not its concern. */
    @Override
    public Material material(TaskContext context) {
        return material.retest(Material.of().text("material.retest.originalReport",
                context.caseFile().intake().reportNo()), context.caseFile().id()).build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        var caseId = context.caseFile().id();
        RetestConclusion conclusion = values.choice("conclusion", RetestConclusion.class);
        retests.conclude(caseId, conclusion, values.text("reportNo"), values.date("concludedOn"));
        deadlines.met(caseId, Step.RETEST_REPORT, values.date("concludedOn"));
        // the proposal rests on the re-test, which the approval shows as it is; no reason of anyone's to add
        objections.propose(caseId, conclusion == RetestConclusion.CONFORMING ? ObjectionOutcome.UPHELD
                : ObjectionOutcome.REJECTED, null);
        return Map.of();
    }
}
