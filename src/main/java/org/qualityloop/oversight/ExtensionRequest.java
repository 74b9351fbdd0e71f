package org.qualityloop.oversight;

import static org.qualityloop.forms.FormField.choiceOf;
import static org.qualityloop.forms.FormField.integer;
import static org.qualityloop.forms.FormField.longText;
import static org.qualityloop.forms.FormField.plainDate;

import java.time.LocalDate;
import org.qualityloop.calendar.Step;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormValues;

/** What a supervisor approves: which deadline, the date the party asked, how many days, and why. */
public record ExtensionRequest(Step step, LocalDate requestedOn, Integer days, String reason) {

    /**
     * The extension form: types and the length of the reason are checked here; what is missing, and whether
     * the step is one this case can extend (the choices offered are the case's running extendable deadlines),
     * is said by the rules of {@link DeadlineExtensions}, in words that name the deadline.
     */
    public static final Form FORM = Form.of(choiceOf("step").optional(), plainDate("requestedOn").optional(),
            integer("days").optional(), longText("reason").optional().max(DeadlineExtensions.MAX_REASON));

    static ExtensionRequest of(FormValues values) {
        Step step = java.util.Arrays.stream(Step.values()).filter(s -> s.name().equals(values.text("step")))
                .findFirst().orElse(null);
        return new ExtensionRequest(step, values.date("requestedOn"),
                values.integer("days"), values.text("reason"));
    }
}
