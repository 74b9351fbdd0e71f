package org.qualityloop.publication;

import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.Material;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The supervisor approves the entry for publication or returns it with a comment. */
@Component
class ApprovePublication implements TaskAction {

    private final Publications publications;
    private final Documents documents;

    ApprovePublication(Publications publications, Documents documents) {
        this.publications = publications;
        this.documents = documents;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.APPROVE_PUBLICATION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.yesNo("approved"), FormField.longText("comment").optional());
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.reasonUnless(errors, values.yes("approved"), values, "comment");
    }

    @Override
    public String confirmation(TaskContext context, FormValues values) {
        return values.yes("approved") ? "confirm.publication" : null;
    }

    /** The entry word for word as it will be published. */
    @Override
    public Material material(TaskContext context) {
        CaseFile c = context.caseFile();
        return Material.of()
                .text("material.publication.entry", documents.preview(c, EntryText.of(publications.summary(c.id()))))
                .build();
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        if (values.yes("approved")) {
            publications.approve(context.caseFile().id(), context.username());
        }
        return Map.of(Bpmn.Var.SUPERVISOR_APPROVED, values.yes("approved"));
    }
}
