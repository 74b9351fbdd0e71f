package org.qualityloop.process;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.identity.Actor;
import org.springframework.stereotype.Component;

/** Finding an open task and deciding whether an actor may act on it, from the engine's own identity links. */
@Component
public class EngineTasks {

    private final TaskService tasks;
    private final HistoryService history;
    private final OpenTasks openTasks;

    EngineTasks(TaskService tasks, HistoryService history, OpenTasks openTasks) {
        this.tasks = tasks;
        this.history = history;
        this.openTasks = openTasks;
    }

    /** The open task; 409 if it existed and has ended, 404 if it never existed. */
    public Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        throw ended(taskId);
    }

    /**
     * The open task of a case as the read model holds it, for the actor: 409, 404 or 403 as {@link #openFor}.
     * The row changes in the engine's own transaction, so it is as current as the engine's task, and it
     * is one read by key where the engine's task query cost a third of a completion at 100,000 open tasks.
     */
    public OpenTask openRowFor(String taskId, Actor actor) {
        OpenTask row = openTasks.find(taskId).orElseThrow(() -> ended(taskId));
        if (!row.mayAct(actor)) {
            throw new NotYourTaskException(taskId);
        }
        return row;
    }

    private RuntimeException ended(String taskId) {
        boolean known = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
        return known ? new TaskAlreadyCompletedException(taskId) : new TaskNotFoundException(taskId);
    }

    public Task openFor(String taskId, Actor actor) {
        Task task = open(taskId);
        boolean allowed;
        try {
            allowed = mayAct(task, actor);
        } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
            allowed = false;
        }
        if (!allowed) {
            // another node may have completed it between the reads: that is a 409, not a 403 or a 500
            open(taskId);
            throw new NotYourTaskException(taskId);
        }
        return task;
    }

    public boolean mayAct(Task task, Actor actor) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(actor.username());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && actor.groups().contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    public UUID caseIdOf(String taskId) {
        try {
            return UUID.fromString((String) tasks.getVariable(taskId, Bpmn.Var.CASE_ID));
        } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
            open(taskId);
            throw gone;
        }
    }
}
