package org.qualityloop.process;

import java.time.LocalDate;
import java.util.function.Function;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Actor;

/** What a task action works with: the locked case, who acts, today, and the process variables in scope. */
public record TaskContext(CaseFile caseFile, Actor actor, String taskId, String taskKey, LocalDate today,
                          Function<String, Object> variables) {

    public String username() {
        return actor.username();
    }

    public Object variable(String name) {
        return variables.apply(name);
    }

    /** The date the user entered in an optional date field, or today when it was left empty. */
    public LocalDate dateOrToday(FormValues values, String field) {
        return values.has(field) ? values.date(field) : today;
    }

    public LocalDate dateVariable(String name) {
        Object value = variables.apply(name);
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
