package org.qualityloop.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.CaseVariables;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskQueries;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the engine keep an extended deadline: open tasks and timers that follow the deadline's rule move
 * at once, and a task created later on that rule takes the extended date instead of counting the period
 * afresh from its start date (as its BPMN due date expression would).
 */
@Component
class DueDateFollower {

    private final TaskService tasks;
    private final TaskQueries taskQueries;
    private final ManagementService management;
    private final TaskCatalog catalog;
    private final BusinessClock clock;
    private final CaseDeadlines deadlines;
    /** The steps an extension can move: only tasks on these need a look at the case's deadlines. */
    private final java.util.Set<Step> extendable = new java.util.HashSet<>();

    DueDateFollower(TaskService tasks, TaskQueries taskQueries, ManagementService management, TaskCatalog catalog,
                    BusinessClock clock, CaseDeadlines deadlines, OversightProperties properties) {
        properties.extensions().forEach((step, rule) -> {
            extendable.add(step);
            extendable.addAll(rule.alsoExtends());
        });
        this.tasks = tasks;
        this.taskQueries = taskQueries;
        this.management = management;
        this.catalog = catalog;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** What a move touched in the engine: tasks and timers, each as {@code key=due day}, for the record. */
    record Followed(List<String> tasks, List<String> timers) {

        List<String> all() {
            List<String> all = new ArrayList<>(tasks);
            all.addAll(timers);
            return all;
        }
    }

    /** Moves the case's open tasks and pending timers on these steps. */
    Followed follow(CaseFile c, Map<Step, LocalDate> dueByStep) {
        List<String> movedTasks = new ArrayList<>();
        List<String> movedTimers = new ArrayList<>();
        for (Task task : taskQueries.engineTasksOf(c.caseNo())) {
            LocalDate due = dueByStep.get(ruleOf(task.getTaskDefinitionKey()));
            if (due != null) {
                task.setDueDate(clock.endOf(due));
                tasks.saveTask(task);
                movedTasks.add(task.getTaskDefinitionKey() + "=" + due);
            }
        }
        for (Job job : taskQueries.timerJobsOf(c.caseNo())) {
            String activity = taskQueries.activityOf(job);
            LocalDate due = dueByStep.get(catalog.timerRules().get(activity));
            if (due != null) {
                management.setJobDuedate(job.getId(), clock.endOf(due));
                movedTimers.add(activity + "=" + due);
            }
        }
        return new Followed(movedTasks, movedTimers);
    }

    /** Runs before the read model sees the new task, so both hold the extended date. */
    @EventListener
    @Order(10)
    void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Step rule = ruleOf(task.getTaskDefinitionKey());
        if (rule == null || !extendable.contains(rule)) {
            return;
        }
        UUID caseId = CaseVariables.caseIdOf(task);
        if (caseId == null) {
            return;
        }
        deadlines.find(caseId, rule).filter(d -> d.extendedDays() > 0 && d.running())
                .ifPresent(d -> task.setDueDate(clock.endOf(d.dueOn())));
    }

    private Step ruleOf(String taskKey) {
        TaskCatalog.TaskInfo info = catalog.all().get(taskKey);
        return info == null ? null : info.dueRule();
    }
}
