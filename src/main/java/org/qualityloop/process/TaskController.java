package org.qualityloop.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormLabels;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
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

    TaskController(TaskQueries queries, EngineTasks engineTasks, TaskActions actions, TaskCompletion completion,
                   CurrentActor currentActor, MessageSource messages) {
        this.queries = queries;
        this.engineTasks = engineTasks;
        this.actions = actions;
        this.completion = completion;
        this.currentActor = currentActor;
        this.messages = messages;
    }


    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        Actor actor = currentActor.get();
        Task task = engineTasks.openFor(id, actor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", queries.view(task));
        body.put("fields", actions.forKey(task.getTaskDefinitionKey()).form().fields().stream()
                .map(f -> field(task.getTaskDefinitionKey(), f)).toList());
        return body;
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> values) {
        completion.complete(id, values, currentActor.get());
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> field(String taskKey, FormField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("label", messages.getMessage(FormLabels.of(taskKey, f.name()), LocaleContextHolder.getLocale()));
        m.put("type", f.type());
        m.put("required", f.required());
        m.put("options", f.options());
        return m;
    }
}
