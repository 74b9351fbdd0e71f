package org.qualityloop.process.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityloop.calendar.DeadlineRule;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.calendar.Step;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldType;
import org.qualityloop.forms.FieldView;
import org.qualityloop.forms.FormPages;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.identity.Role;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskCompletion;
import org.springframework.stereotype.Component;

/** Builds the model of a task form page: the form's fields as every form page shows them, for this task. */
@Component
class TaskPage {

    private final FormPages forms;
    private final DeadlineRules rules;
    private final TaskCatalog catalog;
    private final EnforcementOfficers officers;

    TaskPage(FormPages forms, DeadlineRules rules, TaskCatalog catalog, EnforcementOfficers officers) {
        this.officers = officers;
        this.forms = forms;
        this.rules = rules;
        this.catalog = catalog;
    }

    /**
     * A required date starts at today; an enterprise answering online does not see an optional date at all,
     * since its answer is dated the day it is given.
     */
    Map<String, FieldView> fields(TaskAction action, Actor actor, Map<String, String> typed, FieldErrors errors,
                                  LocalDate today, CaseFile c) {
        Map<String, FieldView> views = new LinkedHashMap<>();
        forms.fields(action.taskKey(), action.form(), typed, errors).forEach((name, view) -> {
            FieldView shown = view;
            if (view.is(FieldType.DATE.name()) && !typed.containsKey(name) && view.required()) {
                shown = shown.withValue(today.toString());
            }
            if (view.is(FieldType.DATE.name()) && !view.required() && actor.is(Role.ENTERPRISE)) {
                shown = shown.hide();
            }
            views.put(name, shown);
        });
        // the colleague acting with the user: the officers of the case's bureau or above with a certificate
        views.computeIfPresent(TaskCompletion.CO_OFFICER, (name, field) -> field.withOptions(
                officers.colleagues(actor.username(), c.bureauCode()).stream()
                        .map(o -> new FieldView.Option(o.username(), o.name() + "（" + o.certificateNo() + "）")).toList()));
        return views;
    }

    String error(FieldErrors errors, String field) {
        return forms.message(errors, field);
    }

    /** The deadline rule behind the task's due date, with its legal basis, or null if it has none. */
    DeadlineRule dueRule(String taskKey) {
        Step step = catalog.get(taskKey).dueRule();
        return step == null ? null : rules.get(step);
    }
}
