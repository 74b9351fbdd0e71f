package org.qualityloop.objection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
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
 * Sends the backup sample for re-test to an institution drawn at random from those able to re-test (active, with an
 * active user), never the one that found the failure; or to one the handler chooses among them, with a reason. The
 * draw or the choice goes on the case's record. The applicant pays the fee first.
 */
@Component
class ArrangeRetest implements TaskAction {

    private final Retests retests;
    private final Institutions institutions;
    private final Documents documents;
    private final CaseEvents events;

    ArrangeRetest(Retests retests, Institutions institutions, Documents documents, CaseEvents events) {
        this.events = events;
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
        return Form.of(FormField.yesNo("feePaid"), FormField.date("sampleSentOn"),
                FormField.text("chosenInstitution").max(32).optional(), FormField.longText("choiceReason").optional());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        if (!values.yes("feePaid")) {
            errors.reject("feePaid", "task.mustConfirm");
        }
        DateChecks.notBefore(errors, "sampleSentOn", values.date("sampleSentOn"),
                context.dateVariable(Bpmn.Var.OBJECTION_RECEIVED_ON));
        List<Institution> candidates = candidates(context.caseFile());
        if (candidates.isEmpty()) {
            errors.reject("sampleSentOn", "task.noRetestInstitution");
        }
        String chosen = blank(values.text("chosenInstitution"));
        if (chosen != null && candidates.stream().noneMatch(i -> i.code().equals(chosen))) {
            errors.reject("chosenInstitution", "task.retestInstitutionNotEligible", candidates.stream()
                    .map(i -> i.code() + "（" + i.name() + "）").collect(Collectors.joining("、")));
        }
        if (chosen != null && blank(values.text("choiceReason")) == null) {
            errors.reject("choiceReason", "task.retestChoiceReasonRequired");
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        List<Institution> candidates = candidates(c);
        String chosen = blank(values.text("chosenInstitution"));
        Institution drawn = chosen == null ? candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()))
                : candidates.stream().filter(i -> i.code().equals(chosen)).findFirst().orElseThrow();
        retests.arrange(c.id(), drawn.code(), true, values.date("sampleSentOn"));
        // how the institution was found is part of the record: the draw among whom, or the handler's choice and why
        String among = candidates.stream().map(Institution::code).collect(Collectors.joining("、"));
        // the summary is read by people: the candidates by name; the codes stay in the record after it
        String amongNames = candidates.stream().map(Institution::name).collect(Collectors.joining("、"));
        events.append(c.id(), context.username(), Bpmn.Task.ARRANGE_RETEST, null, CaseEventType.RETEST_INSTITUTION_SELECTED,
                chosen == null ? "随机抽取复检机构：" + drawn.name() + "（候选：" + amongNames + "）"
                        : "承办人指定复检机构：" + drawn.name() + "（理由：" + values.text("choiceReason").strip() + "）",
                null, Map.of("institution", drawn.code(), "drawn", chosen == null, "candidates", among,
                        "reason", chosen == null ? "" : values.text("choiceReason").strip()));
        documents.issue(c, values.date("sampleSentOn"), context.username(), DocumentText.of(DocumentKind.RETEST_NOTICE)
                .with("retestInstitution", drawn.name()).with("sentOn", values.date("sampleSentOn")));
        return Map.of(Bpmn.Var.RETEST_INSTITUTION, drawn.code());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<Institution> candidates(CaseFile c) {
        String original = c.intake().institution();
        return institutions.retestCapable().stream()
                .filter(i -> !i.code().equals(original) && !i.name().equals(original)).toList();
    }
}
