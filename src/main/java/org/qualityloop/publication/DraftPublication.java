package org.qualityloop.publication;

import java.util.Map;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.springframework.stereotype.Component;

/** The handler drafts the public entry: product, enterprise and failed items come from the case; the outcome is written. */
@Component
class DraftPublication implements TaskAction {

    private final Publications publications;

    DraftPublication(Publications publications) {
        this.publications = publications;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.DRAFT_PUBLICATION;
    }

    @Override
    public Form form() {
        return Form.of(FormField.longText("handlingOutcome"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        publications.draft(context.caseFile().id(), values.text("handlingOutcome"), context.username());
        return Map.of();
    }
}
