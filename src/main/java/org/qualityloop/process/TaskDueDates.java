package org.qualityloop.process;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Tasks' and timers' due dates moved when the calendar behind their count has changed (a year's holiday notice
 * loaded). A task without a deadline of its case is counted again the way the engine counted it when it was
 * created: its model's due-date expression evaluated on its execution and resolved by the statutory business
 * calendar, from the day the task was created.
 */
@Component
public class TaskDueDates {

    private final ProcessEngineConfigurationImpl engine;

    TaskDueDates(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /**
     * Many tasks' and timers' due dates moved in one engine command, so the engine writes them in one flush (its
     * statements batched) instead of a command, a flush and the task listeners per task: the tasks given a day, the
     * tasks counted again from their own start, the timers given a day. The task history follows, as
     * it does when a task is saved; the task listeners are not told, so the caller moves the worklist itself. A
     * task or timer changed meanwhile fails the whole command (the engine's revision check). Returns each task's
     * new due date; tasks and timers that are gone, and tasks without a due-date expression, are left out.
     */
    public Map<String, Date> move(Map<String, Date> tasks, Collection<String> recount, Map<String, Date> timers) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            Map<String, Date> moved = new LinkedHashMap<>();
            tasks.forEach((id, due) -> {
                TaskEntity task = context.getTaskManager().findTaskById(id);
                if (task != null) {
                    task.setDueDate(due);
                    moved.put(id, due);
                }
            });
            for (String id : recount) {
                TaskEntity task = context.getTaskManager().findTaskById(id);
                if (task != null) {
                    recounted(task).ifPresent(due -> {
                        task.setDueDate(due);
                        moved.put(id, due);
                    });
                }
            }
            timers.forEach((id, due) -> {
                JobEntity job = context.getJobManager().findJobById(id);
                if (job != null) {
                    job.setDuedate(due);
                }
            });
            return moved;
        });
    }

    /** The task's due date under today's calendar; nothing for a task without a due-date expression. */
    private Optional<Date> recounted(TaskEntity task) {
        if (task.getExecution() == null) {
            return Optional.empty();
        }
        UserTask model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        String dueDate = model == null ? null : model.getCamundaDueDate();
        if (dueDate == null || dueDate.isBlank()) {
            return Optional.empty();
        }
        Expression expression = engine.getExpressionManager().createExpression(dueDate);
        Object value = expression.getValue(task.getExecution());
        if (value instanceof Date date) {
            return Optional.of(date);
        }
        BusinessCalendar calendar = engine.getBusinessCalendarManager()
                .getBusinessCalendar(DueDateBusinessCalendar.NAME);
        return Optional.ofNullable(calendar.resolveDuedate(String.valueOf(value), task.getCreateTime()));
    }
}
