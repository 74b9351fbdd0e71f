package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.EnforcementStep;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.process.Material;
import org.springframework.stereotype.Component;

/**
 * Records how the notice was served. Any method but announcement starts the objection window on the
 * served date; an announcement starts the period after which service counts as made.
 */
@Component
class RecordService implements TaskAction {

    private final ServiceRecords records;
    private final CaseDeadlines deadlines;
    private final Documents documents;
    private final Signatures signatures;
    private final BusinessClock clock;

    RecordService(ServiceRecords records, CaseDeadlines deadlines, Documents documents, Signatures signatures,
                  BusinessClock clock) {
        this.records = records;
        this.deadlines = deadlines;
        this.documents = documents;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** The signatures given on the spot so far (issue 17): who signed, when, and the fingerprint of what was drawn. */
    @Override
    public Material material(TaskContext context) {
        Material.Builder material = Material.of();
        for (Signatures.Signature s : signatures.forTask(context.taskId())) {
            material.text("material.signature." + s.role().name(), s.signerName() + "　"
                    + SIGNED_AT.format(s.signedAt().atZone(clock.zone())) + "　SHA-256 " + s.sha256());
        }
        return material.build();
    }

    private static final java.time.format.DateTimeFormatter SIGNED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_SERVICE;
    }

    @Override
    public Form form() {
        return Form.of(
                FormField.choice("method", ServiceMethod.class),
                FormField.date("servedOn"),
                FormField.yesNo("addressConfirmed"),
                FormField.longText("evidence").optional(),
                FormField.text("place").optional(),
                FormField.text("witness").optional(),
                EnforcementStep.coOfficer()).withEvidence();
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "servedOn", values.date("servedOn"),
                context.dateVariable(Bpmn.Var.NOTICE_ISSUED_ON));
        // 留置送达 is valid only with a witness to the refusal (民事诉讼法 Art.89 as the procedure rules apply it)
        if (values.choice("method", ServiceMethod.class) == ServiceMethod.LEFT && !values.has("witness")) {
            errors.reject("witness", "task.leftNeedsWitness");
        }
        if (values.choice("method", ServiceMethod.class) == ServiceMethod.ELECTRONIC && !values.yes("addressConfirmed")) {
            errors.reject("addressConfirmed", "task.electronicNeedsConfirmation");
        }
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        ServiceMethod method = values.choice("method", ServiceMethod.class);
        LocalDate date = values.date("servedOn");
        boolean announcement = method == ServiceMethod.ANNOUNCEMENT;
        records.record(c.id(), method, announcement ? null : date, announcement ? date : null,
                values.yes("addressConfirmed"), values.text("evidence"), context.username());
        deadlines.met(c.id(), Step.SERVICE_RECORD, context.today());
        IssuedDocument notice = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.RESULT_NOTICE)
                .reduce((first, last) -> last).orElseThrow();
        documents.issue(c, date, context.username(), DocumentText.of(DocumentKind.SERVICE_RECEIPT)
                .with("servedTitle", notice.title()).with("servedNumber", notice.number())
                .with("method", method.name()).with("servedOn", date)
                .with("place", values.has("place") ? values.text("place") : c.intake().sampledEnterprise().address())
                .with("witness", values.text("witness")).with("evidence", values.text("evidence"))
                .with("recipientSignature", signed(context, Signatures.Role.RECIPIENT))
                .with("witnessSignature", signed(context, Signatures.Role.WITNESS))
                .actedBy(context.officers()));
        Map<String, Object> variables = new HashMap<>();
        // routing only: the receipt and the signatures themselves stay in our tables
        variables.put(Bpmn.Var.SERVICE_METHOD, method.name());
        if (announcement) {
            deadlines.start(c.id(), Step.ANNOUNCEMENT_SERVICE, date);
            variables.put(Bpmn.Var.ANNOUNCED_ON, date.toString());
        } else {
            deadlines.start(c.id(), Step.OBJECTION, date);
            variables.put(Bpmn.Var.SERVED_ON, date.toString());
        }
        return variables;
    }

    /** A signature as the receipt prints it: the image, the signer, when, and its fingerprint; null if none was given. */
    private Map<String, String> signed(TaskContext context, Signatures.Role role) {
        return signatures.latest(context.taskId(), role).map(s -> Map.of("image", s.dataUri(), "name", s.signerName(),
                "at", SIGNED_AT.format(s.signedAt().atZone(clock.zone())), "sha256", s.sha256())).orElse(null);
    }
}
