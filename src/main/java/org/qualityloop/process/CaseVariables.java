package org.qualityloop.process;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the case id and counting dates back out of an execution, for delegates. */
public final class CaseVariables {

    private CaseVariables() {
    }

    public static UUID caseId(VariableScope execution) {
        return UUID.fromString((String) execution.getVariable(Bpmn.Var.CASE_ID));
    }

    /**
     * The case of a task's process, or null for a task of no case (a process an administrator deployed, a
     * benchmark's). Read from the task's execution: asking the task itself first loads the task's own variables
     * from the database, a query for every new task, which never has any.
     */
    public static UUID caseIdOf(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Object caseId = execution == null ? null : execution.getVariable(Bpmn.Var.CASE_ID);
        return caseId == null ? null : UUID.fromString((String) caseId);
    }

    public static LocalDate date(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
