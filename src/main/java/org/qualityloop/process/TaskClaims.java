package org.qualityloop.process;

import org.camunda.bpm.engine.TaskService;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handler takes a group task to work on it alone, or gives it back. Enterprises never claim: their
 * tasks are shared with the handler who may record a paper answer.
 */
@Service
public class TaskClaims {

    private final EngineTasks engineTasks;
    private final TaskService tasks;
    private final CaseEvents events;
    private final TaskCatalog catalog;

    TaskClaims(EngineTasks engineTasks, TaskService tasks, CaseEvents events, TaskCatalog catalog) {
        this.catalog = catalog;
        this.engineTasks = engineTasks;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional
    public void claim(String taskId, Actor actor) {
        OpenTask task = engineTasks.openRowFor(taskId, actor);
        if (actor.is(Role.ENTERPRISE) || task.assignee() != null) {
            throw new NotYourTaskException(taskId);
        }
        tasks.claim(taskId, actor.username());
        events.append(task.caseId(), actor.username(), task.taskKey(), taskId, CaseEventType.TASK_CLAIMED,
                catalog.get(task.taskKey()).name(), null, java.util.Map.of("assignee", actor.username()));
    }

    @Transactional
    public void unclaim(String taskId, Actor actor) {
        // only its holder may let a task go, not a group member while nobody holds it
        OpenTask task = engineTasks.openRowFor(taskId, actor);
        if (!actor.username().equals(task.assignee())) {
            throw new NotYourTaskException(taskId);
        }
        tasks.setAssignee(taskId, null);
        events.append(task.caseId(), actor.username(), task.taskKey(), taskId, CaseEventType.TASK_UNCLAIMED,
                catalog.get(task.taskKey()).name(), java.util.Map.of("assignee", actor.username()), null);
    }
}
