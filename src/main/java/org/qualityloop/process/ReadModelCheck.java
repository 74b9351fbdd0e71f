package org.qualityloop.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.process.Bpmn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the read model with the engine, task by task: the same open tasks, each with the same step,
 * case, assignee and due day. An empty answer means every list and dashboard tells the truth.
 */
@Component
public class ReadModelCheck {

    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final BusinessClock clock;
    private final OpenTaskProjection stages;
    private final org.qualityloop.calendar.StatutoryCalendar calendar;

    ReadModelCheck(TaskService tasks, OpenTasks openTasks, BusinessClock clock, OpenTaskProjection stages,
                   org.qualityloop.calendar.StatutoryCalendar calendar) {
        this.stages = stages;
        this.calendar = calendar;
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.clock = clock;
    }

    /** Every disagreement, one line each, for a test to print or an administrator to act on. */
    @Transactional(readOnly = true)
    public List<String> differences() {
        Map<String, OpenTask> rows = openTasks.all().stream()
                .collect(Collectors.toMap(OpenTask::taskId, Function.identity()));
        List<String> found = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().list()) {
            OpenTask row = rows.remove(task.getId());
            if (row == null) {
                found.add("task " + task.getId() + " (" + task.getTaskDefinitionKey() + ") is open but not in open_task");
                continue;
            }
            compare(found, task, "step", task.getTaskDefinitionKey(), row.taskKey());
            compare(found, task, "assignee", task.getAssignee(), row.assignee());
            compare(found, task, "due day", task.getDueDate() == null ? null : clock.dayOf(task.getDueDate()),
                    row.dueOn());
            compare(found, task, "candidate groups", groupsOf(task.getId()), row.candidateGroups());
            Object caseId = tasks.getVariable(task.getId(), Bpmn.Var.CASE_ID);
            compare(found, task, "case", caseId, row.caseId().toString());
        }
        rows.keySet().forEach(id -> found.add("open_task " + id + " has no open task in the engine"));
        found.addAll(candidateDifferences());
        return found;
    }

    private List<String> candidateDifferences() {
        List<String> found = new ArrayList<>();
        long missing = openTasks.withoutCandidates();
        if (missing > 0) {
            found.add(missing + " unclaimed open tasks have no candidate rows");
        }
        long claimed = openTasks.claimedWithCandidates();
        if (claimed > 0) {
            found.add(claimed + " claimed open tasks still offered to their groups");
        }
        return found;
    }

    /**
     * Brings the read model back in line with the engine: rows for tasks it lacks (a database that
     * predates it, a listener skipped by hand), corrected rows, and stale rows removed. Returns what it fixed.
     */
    @Transactional
    public int repair() {
        List<String> found = differences();
        if (found.isEmpty()) {
            return 0;
        }
        Map<String, OpenTask> rows = openTasks.all().stream()
                .collect(Collectors.toMap(OpenTask::taskId, Function.identity()));
        for (Task task : tasks.createTaskQuery().list()) {
            rows.remove(task.getId());
            var due = task.getDueDate() == null ? null : clock.dayOf(task.getDueDate());
            openTasks.save(new OpenTask(task.getId(),
                    java.util.UUID.fromString((String) tasks.getVariable(task.getId(), Bpmn.Var.CASE_ID)),
                    task.getTaskDefinitionKey(), stages.stageOf(task.getTaskDefinitionKey()), task.getAssignee(),
                    groupsOf(task.getId()), null, task.getCreateTime().toInstant(), due,
                    due == null || calendar.covers(clock.dayOf(task.getCreateTime()), due)));
            openTasks.writeCandidates(openTasks.find(task.getId()).orElseThrow());
        }
        rows.keySet().forEach(openTasks::remove);
        return found.size();
    }

    /** Repairs at start-up only when the counts disagree, so a healthy node starts without a full scan. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void repairOnStart() {
        long engine = tasks.createTaskQuery().count();
        long rows = openTasks.count();
        if (engine != rows || openTasks.withoutCandidates() > 0) {
            int fixed = repair();
            org.slf4j.LoggerFactory.getLogger(ReadModelCheck.class)
                    .warn("Read model had {} open tasks, the engine {}: {} differences repaired", rows, engine, fixed);
        }
    }

    private String groupsOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType())
                        && l.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).sorted()
                .collect(Collectors.joining(",", ",", ","));
    }

    private static void compare(List<String> found, Task task, String what, Object engine, Object readModel) {
        if (!Objects.equals(engine, readModel)) {
            found.add("task " + task.getId() + " " + what + ": engine " + engine + ", open_task " + readModel);
        }
    }
}
