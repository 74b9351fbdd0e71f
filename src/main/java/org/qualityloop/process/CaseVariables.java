package org.qualityloop.process;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the case id and counting dates back out of an execution, for delegates. */
public final class CaseVariables {

    private CaseVariables() {
    }

    public static UUID caseId(VariableScope execution) {
        return UUID.fromString((String) execution.getVariable(Bpmn.Var.CASE_ID));
    }

    public static LocalDate date(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
