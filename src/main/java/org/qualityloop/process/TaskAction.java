package org.qualityloop.process;

import java.util.Map;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormValues;

/**
 * What completing one user task means to the domain. One implementation per task key, in the stage
 * package that owns the task: declare the form, check what the generic form checks cannot, record the
 * outcome in our tables, and return the routing variables the model needs next.
 */
public interface TaskAction {

    String taskKey();

    Form form();

    /** Rules across fields or against the case (e.g. a reason is required unless the result is accepted). */
    default void check(TaskContext context, FormValues values, FieldErrors errors) {
    }

    /**
     * The message key asking the user to confirm, when these values make a decision that cannot be taken
     * back (an objection upheld, a case filed, a referral); null when no confirmation is needed.
     */
    default String confirmation(TaskContext context, FormValues values) {
        return null;
    }

    /**
     * The records this task's decision rests on, shown above its form (and in the API's task form); a decision
     * that asks for confirmation must show what it decides on.
     */
    default Material material(TaskContext context) {
        return Material.none();
    }

    /** Applies the submitted values; runs in the same transaction as the task completion. */
    Map<String, Object> complete(TaskContext context, FormValues values);
}
