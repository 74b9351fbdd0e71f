package org.qualityloop.process;

import org.qualityloop.forms.FormField;

/**
 * What makes a task an enforcement step: its form names the colleague acting with the user, so that two officers
 * holding certificates act and are named on the documents (行政处罚法 Art.42). {@link TaskCompletion} checks both.
 */
public final class EnforcementStep {

    private EnforcementStep() {
    }

    /** The colleague's field; its options are the officers of the case's bureau, known when the form is shown. */
    public static FormField coOfficer() {
        return FormField.choiceOf(TaskCompletion.CO_OFFICER);
    }
}
