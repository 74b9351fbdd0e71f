package org.qualityloop.process;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task's due date counted again, the way the engine counted it when the task was created: its model's due-date
 * expression evaluated on its execution and resolved by the statutory business calendar, from the day the task
 * was created. Used when the calendar behind the count has changed (a year's holiday notice loaded).
 */
@Component
public class TaskDueDates {

    private final ProcessEngineConfigurationImpl engine;

    TaskDueDates(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** The task's due date under today's calendar; nothing for a task without a due-date expression. */
    public Optional<Date> recounted(String taskId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getExecution() == null) {
                return Optional.<Date>empty();
            }
            UserTask model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            String dueDate = model == null ? null : model.getCamundaDueDate();
            if (dueDate == null || dueDate.isBlank()) {
                return Optional.<Date>empty();
            }
            Expression expression = engine.getExpressionManager().createExpression(dueDate);
            Object value = expression.getValue(task.getExecution());
            if (value instanceof Date date) {
                return Optional.of(date);
            }
            BusinessCalendar calendar = engine.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME);
            return Optional.ofNullable(calendar.resolveDuedate(String.valueOf(value), task.getCreateTime()));
        });
    }
}
