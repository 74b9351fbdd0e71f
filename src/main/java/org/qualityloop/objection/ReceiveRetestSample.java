package org.qualityloop.objection;

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

/** The re-test institution confirms the backup sample arrived; the re-test period counts from that day. */
@Component
class ReceiveRetestSample implements TaskAction {

    private final Retests retests;
    private final CaseDeadlines deadlines;

    ReceiveRetestSample(Retests retests, CaseDeadlines deadlines) {
        this.retests = retests;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECEIVE_RETEST_SAMPLE;
    }

    @Override
    public Form form() {
        return Form.of(FormField.date("receivedOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "receivedOn", values.date("receivedOn"), retests.sentOn(context.caseFile().id()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        retests.received(context.caseFile().id(), values.date("receivedOn"));
        deadlines.start(context.caseFile().id(), Step.RETEST_REPORT, values.date("receivedOn"));
        return Map.of(Bpmn.Var.RETEST_SAMPLE_RECEIVED_ON, values.date("receivedOn").toString());
    }
}
