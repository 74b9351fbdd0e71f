package org.qualityloop.process.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.calendar.DeadlineRule;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FieldType;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormLabels;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Builds the model of a task form page: field views with the typed values and resolved messages. */
@Component
class TaskPage {

    private final MessageSource messages;
    private final DeadlineRules rules;
    private final TaskCatalog catalog;

    TaskPage(MessageSource messages, DeadlineRules rules, TaskCatalog catalog) {
        this.messages = messages;
        this.rules = rules;
        this.catalog = catalog;
    }

    Map<String, FieldView> fields(TaskAction action, Actor actor, Map<String, String> typed, FieldErrors errors,
                                  LocalDate today) {
        Map<String, String> errorText = new LinkedHashMap<>();
        errors.all().forEach(e -> errorText.put(e.field(), text(e.code(), e.args().toArray())));
        Map<String, FieldView> views = new LinkedHashMap<>();
        for (FormField f : action.form().fields()) {
            boolean onlineDate = f.type() == FieldType.DATE && !f.required() && actor.is(Role.ENTERPRISE);
            String value = typed.containsKey(f.name()) ? typed.get(f.name())
                    : f.type() == FieldType.DATE && f.required() ? today.toString() : "";
            views.put(f.name(), new FieldView(f.name(), f.type(), f.required(),
                    messages.getMessage(FormLabels.of(action.taskKey(), f.name()), LocaleContextHolder.getLocale()),
                    help(action.taskKey(), f.name()), options(f), value, errorText.get(f.name()), onlineDate));
        }
        return views;
    }

    String error(FieldErrors errors, String field) {
        return errors.all().stream().filter(e -> e.field().equals(field)).findFirst()
                .map(e -> text(e.code(), e.args().toArray())).orElse(null);
    }

    /** The deadline rule behind the task's due date, with its legal basis, or null if it has none. */
    DeadlineRule dueRule(String taskKey) {
        String step = catalog.get(taskKey).dueRule();
        return step == null ? null : rules.get(step);
    }

    private List<FieldView.Option> options(FormField f) {
        return f.options().stream()
                .map(o -> new FieldView.Option(o, text("option." + f.name() + "." + o)))
                .toList();
    }

    private String help(String taskKey, String field) {
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"form.help." + taskKey + "." + field, "form.help." + field}), LocaleContextHolder.getLocale());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, Arrays.stream(args).map(String::valueOf).toArray(), LocaleContextHolder.getLocale());
    }
}
