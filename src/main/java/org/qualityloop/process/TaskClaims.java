package org.qualityloop.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

    TaskClaims(EngineTasks engineTasks, TaskService tasks, CaseEvents events) {
        this.engineTasks = engineTasks;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional
    public void claim(String taskId, Actor actor) {
        Task task = engineTasks.openFor(taskId, actor);
        if (actor.is(Role.ENTERPRISE) || task.getAssignee() != null) {
            throw new NotYourTaskException(taskId);
        }
        tasks.claim(taskId, actor.username());
        events.append(engineTasks.caseIdOf(taskId), actor.username(), task.getTaskDefinitionKey(), taskId,
                "TASK_CLAIMED", task.getName(), null, java.util.Map.of("assignee", actor.username()));
    }

    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = engineTasks.open(taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new NotYourTaskException(taskId);
        }
        tasks.setAssignee(taskId, null);
        events.append(engineTasks.caseIdOf(taskId), actor.username(), task.getTaskDefinitionKey(), taskId,
                "TASK_UNCLAIMED", task.getName(), java.util.Map.of("assignee", actor.username()), null);
    }
}
