package org.qualityloop.objection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.Institutions.Institution;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/**
 * Sends the backup sample for re-test to an institution drawn at random from those able to re-test,
 * never the one that found the failure. The applicant pays the fee first.
 */
@Component
class ArrangeRetest implements TaskAction {

    private final Retests retests;
    private final Institutions institutions;
    private final Documents documents;

    ArrangeRetest(Retests retests, Institutions institutions, Documents documents) {
        this.retests = retests;
        this.institutions = institutions;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ARRANGE_RETEST;
    }

    @Override
    public Form form() {
        return Form.of(FormField.yesNo("feePaid"), FormField.date("sampleSentOn"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        if (!values.yes("feePaid")) {
            errors.reject("feePaid", "task.mustConfirm");
        }
        DateChecks.notBefore(errors, "sampleSentOn", values.date("sampleSentOn"),
                context.dateVariable(Bpmn.Var.OBJECTION_RECEIVED_ON));
        if (candidates(context.caseFile()).isEmpty()) {
            errors.reject("sampleSentOn", "task.noRetestInstitution");
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        List<Institution> candidates = candidates(c);
        Institution drawn = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        retests.arrange(c.id(), drawn.code(), true, values.date("sampleSentOn"));
        documents.issue(c, values.date("sampleSentOn"), context.username(), DocumentText.of(DocumentKind.RETEST_NOTICE,
                drawn.name(), c.intake().product().name(), c.intake().reportNo()));
        return Map.of(Bpmn.Var.RETEST_INSTITUTION, drawn.code());
    }

    private List<Institution> candidates(CaseFile c) {
        String original = c.intake().institution();
        return institutions.retestCapable().stream()
                .filter(i -> !i.code().equals(original) && !i.name().equals(original)).toList();
    }
}
