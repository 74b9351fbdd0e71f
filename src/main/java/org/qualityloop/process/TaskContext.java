package org.qualityloop.process;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Officer;

/**
 * What a task action works with: the locked case, who acts, today, the process variables in scope, and on an
 * enforcement step the two officers acting (the user and the colleague named on the form, 行政处罚法 Art.42).
 */
public record TaskContext(CaseFile caseFile, Actor actor, String taskId, String taskKey, LocalDate today,
                          Function<String, Object> variables, List<Officer> officers, Supplier<String> nameOfActor) {

    public TaskContext(CaseFile caseFile, Actor actor, String taskId, String taskKey, LocalDate today,
                       Function<String, Object> variables) {
        this(caseFile, actor, taskId, taskKey, today, variables, List.of(), actor::username);
    }

    /** The same context with the officers acting on this step. */
    TaskContext actedBy(List<Officer> acting) {
        return new TaskContext(caseFile, actor, taskId, taskKey, today, variables, List.copyOf(acting), nameOfActor);
    }

    /** The actor's name as documents give it; looked up when a step asks (few do), not for every completion. */
    public String actorName() {
        return nameOfActor.get();
    }

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
