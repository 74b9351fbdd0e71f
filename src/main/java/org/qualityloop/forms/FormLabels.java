package org.qualityloop.forms;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The label of a form field: {@code form.<taskKey>.<field>} where a task gives the field a more specific
 * meaning, otherwise the shared {@code form.field.<field>}. A missing label fails loudly, not as a raw name.
 */
public final class FormLabels {

    private FormLabels() {
    }

    public static MessageSourceResolvable of(String taskKey, String field) {
        return new DefaultMessageSourceResolvable(new String[] {"form." + taskKey + "." + field, "form.field." + field});
    }
}
