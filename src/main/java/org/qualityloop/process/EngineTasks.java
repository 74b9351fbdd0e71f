package org.qualityloop.process;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.identity.Actor;
import org.qualityloop.transactions.Reads;
import org.springframework.stereotype.Component;

/**
 * Finding an open task and deciding whether an actor may act on it: its holder, or while nobody holds it,
 * anyone in one of its candidate groups, as the read model records them in the engine's transaction.
 */
@Component
public class EngineTasks {

    private final TaskService tasks;
    private final HistoryService history;
    private final OpenTaskRows openTasks;

    EngineTasks(TaskService tasks, HistoryService history, OpenTaskRows openTasks) {
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
     * The open task of a case as the read model holds it, for the actor: 409 if it has ended, 404 if it never
     * existed, 403 if the actor may not act on it.
     * The row changes in the engine's own transaction, so it is as current as the engine's task, and it
     * is one read by key, where the engine's task queries took about half of a completion at 100,000 open
     * tasks (JFR, docs/performance.md). A task another node completed meanwhile has no row: 409.
     */
    public OpenTask openRowFor(String taskId, Actor actor) {
        return checked(openTasks.find(taskId), taskId, actor);
    }

    /** The same, read with the reads given, in their round trip; found and checked once they have run. */
    public Supplier<OpenTask> openRowFor(String taskId, Actor actor, Reads along) {
        Supplier<Optional<OpenTask>> row = openTasks.find(taskId, along);
        return () -> checked(row.get(), taskId, actor);
    }

    private OpenTask checked(Optional<OpenTask> found, String taskId, Actor actor) {
        OpenTask row = found.orElseThrow(() -> ended(taskId));
        if (!row.mayAct(actor)) {
            throw new NotYourTaskException(taskId);
        }
        return row;
    }

    private RuntimeException ended(String taskId) {
        boolean known = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
        return known ? new TaskAlreadyCompletedException(taskId) : new TaskNotFoundException(taskId);
    }

    /** The engine's task, for showing it; who may act is decided on the read model, as for completing it. */
    public Task openFor(String taskId, Actor actor) {
        Task task = open(taskId);
        openRowFor(taskId, actor);
        return task;
    }

    /** The task of the case the actor may act on next, soonest due first: where a completed task leads. */
    public Optional<String> nextFor(UUID caseId, Actor actor) {
        return openTasks.ofCase(caseId).stream().filter(t -> t.mayAct(actor)).map(OpenTask::taskId).findFirst();
    }
}
