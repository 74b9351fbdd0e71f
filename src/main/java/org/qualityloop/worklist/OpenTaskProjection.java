package org.qualityloop.worklist;

import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.process.CaseVariables;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.TaskCatalog;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code open_task} in step with the engine. Camunda's Spring event bridge publishes every task
 * event synchronously inside the engine's command, so the row changes in the same transaction as the
 * task itself: if the completion rolls back, so does the read model.
 */
@Component
class OpenTaskProjection {

    private final OpenTasks openTasks;
    private final TaskCatalog catalog;
    private final BusinessClock clock;

    OpenTaskProjection(OpenTasks openTasks, TaskCatalog catalog, BusinessClock clock) {
        this.openTasks = openTasks;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    @Order(100)
    void on(DelegateTask task) {
        UUID caseId = CaseVariables.caseIdOf(task);
        if (caseId == null) {
            // a process that is not a case's: not ours to list
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> openTasks.insert(rowOf(task, caseId));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> openTasks.save(rowOf(task, caseId));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> openTasks.remove(task.getId());
            default -> { }
        }
    }

    private OpenTask rowOf(DelegateTask task, UUID caseId) {
        var due = task.getDueDate() == null ? null : clock.dayOf(task.getDueDate());
        var created = task.getCreateTime().toInstant();
        boolean verified = openTasks.dueVerified(task.getCreateTime(), due);
        return new OpenTask(task.getId(), caseId, task.getTaskDefinitionKey(),
                stageOf(task.getTaskDefinitionKey()), task.getAssignee(), groupsOf(task), null, created, due, verified);
    }

    String stageOf(String taskKey) {
        TaskCatalog.TaskInfo info = catalog.all().get(taskKey);
        return info == null ? "other" : info.stage();
    }

    /** ",a,b," so that one group matches as a whole word. */
    static String groupsOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(",", ",", ","));
    }
}
