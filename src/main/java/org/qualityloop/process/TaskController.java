package org.qualityloop.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormLabels;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.identity.Officer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tasks}: the caller's tasks, a task's form, and completing it. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final TaskQueries queries;
    private final EngineTasks engineTasks;
    private final TaskActions actions;
    private final TaskCompletion completion;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final Attachments attachments;
    private final CaseFiles cases;
    private final EnforcementOfficers officers;

    TaskController(TaskQueries queries, EngineTasks engineTasks, TaskActions actions, TaskCompletion completion,
                   CurrentActor currentActor, MessageSource messages, Attachments attachments, CaseFiles cases,
                   EnforcementOfficers officers) {
        this.attachments = attachments;
        this.cases = cases;
        this.officers = officers;
        this.queries = queries;
        this.engineTasks = engineTasks;
        this.actions = actions;
        this.completion = completion;
        this.currentActor = currentActor;
        this.messages = messages;
    }


    @Operation(summary = "A task's form: its fields, their options and the material the decision rests on")
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        Actor actor = currentActor.get();
        Task task = engineTasks.openFor(id, actor);
        Map<String, Object> body = new LinkedHashMap<>();
        TaskView view = queries.view(task);
        body.put("task", view);
        List<String> colleagues = officers.colleagues(actor.username(), cases.findById(view.caseId()).orElseThrow()
                .bureauCode()).stream().map(Officer::username).toList();
        body.put("fields", actions.forKey(task.getTaskDefinitionKey()).form().fields().stream()
                .map(f -> field(task.getTaskDefinitionKey(), f,
                        f.name().equals(TaskCompletion.CO_OFFICER) ? colleagues : f.options())).toList());
        body.put("material", material(view.caseId(), completion.material(id, actor)));
        return body;
    }

    @Operation(summary = "Complete a task with the values of its form")
    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "recordService", value = """
                    {"method": "DIRECT", "servedOn": "2026-09-22", "addressConfirmed": false,
                     "place": "杭州市西湖区文三路 1 号", "coOfficer": "handler3"}""")))
                                  @RequestBody Map<String, Object> values) {
        completion.complete(id, values, currentActor.get());
        return ResponseEntity.noContent().build();
    }

    /** The material as the page shows it: names resolved in the caller's language, files with their fingerprints. */
    private Map<String, Object> material(UUID caseId, Material material) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("facts", material.facts().stream().map(f -> Map.of(
                "label", messages.getMessage(f.label(), null, locale),
                "value", f.name() == null ? f.text() : messages.getMessage(f.name(), null, locale))).toList());
        m.put("files", attachments.list(caseId).stream().filter(a -> material.filesOf().contains(a.taskKey()))
                .map(a -> Map.of("id", a.id(), "fileName", a.fileName(), "sha256", a.sha256(),
                        "href", "/cases/" + caseId + "/attachments/" + a.id()))
                .toList());
        m.put("proposed", material.proposed());
        return m;
    }

    private Map<String, Object> field(String taskKey, FormField f, List<String> options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("label", messages.getMessage(FormLabels.of(taskKey, f.name()), LocaleContextHolder.getLocale()));
        m.put("type", f.type());
        m.put("required", f.required());
        m.put("options", options);
        return m;
    }
}
