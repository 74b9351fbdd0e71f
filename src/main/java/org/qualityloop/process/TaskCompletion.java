package org.qualityloop.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a user task is completed, from the API and from the pages alike: find it, check it is
 * the actor's, lock the case, validate the form, apply it to our tables, log it, complete it in the
 * engine. All in one transaction: either the case and the process both move, or neither does.
 */
@Service
public class TaskCompletion {

    private final EngineTasks engineTasks;
    private final TaskService tasks;
    private final TaskActions actions;
    private final CaseFiles cases;
    private final CaseEvents events;
    private final BusinessClock clock;

    TaskCompletion(EngineTasks engineTasks, TaskService tasks, TaskActions actions, CaseFiles cases,
                   CaseEvents events, BusinessClock clock) {
        this.engineTasks = engineTasks;
        this.tasks = tasks;
        this.actions = actions;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void complete(String taskId, Map<String, ?> submitted, Actor actor) {
        Task task = engineTasks.openFor(taskId, actor);
        UUID caseId = engineTasks.caseIdOf(taskId);
        CaseFile c = cases.lock(caseId).orElseThrow(() -> new IllegalStateException("Task without case: " + taskId));
        // A concurrent completion may have finished while we waited for the case lock.
        task = engineTasks.open(taskId);
        TaskAction action = actions.forKey(task.getTaskDefinitionKey());
        TaskContext context = new TaskContext(c, actor, taskId, task.getTaskDefinitionKey(), clock.today(),
                tasks.getVariables(taskId));
        FieldErrors errors = new FieldErrors();
        FormValues values = action.form().read(submitted, c.reportIssuedOn(), context.today(), errors);
        if (!errors.hasErrors()) {
            action.check(context, values, errors);
        }
        errors.throwIfAny();
        Map<String, Object> before = state(c);
        Map<String, Object> variables = action.complete(context, values);
        Map<String, Object> after = new LinkedHashMap<>(values.asMap());
        after.putAll(variables);
        events.append(caseId, actor.username(), task.getTaskDefinitionKey(), taskId, "TASK_COMPLETED",
                task.getName(), before, after);
        tasks.complete(taskId, variables);
    }

    private static Map<String, Object> state(CaseFile c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", c.status());
        state.put("stage", c.stage());
        state.put("track", c.track());
        state.put("stopSaleActive", c.stopSaleActive());
        return state;
    }
}
