package org.qualityloop.oversight;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's sentence in the reader's language: kind, case number, step name and due date. */
@Component
public class NotificationText {

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Notification n, Locale locale) {
        if (n.kind() == NotificationKind.DOCUMENT_SERVED) {
            return messages.getMessage("notification.DOCUMENT_SERVED" + (n.dueOn() == null ? "" : ".due"),
                    new Object[] {n.caseNo(), n.subject(), n.dueOn() == null ? "" : n.dueOn().toString()}, locale);
        }
        String step = n.taskKey() == null ? "" : messages.getMessage("task.name." + n.taskKey(), null, n.taskKey(), locale);
        return messages.getMessage("notification." + n.kind().name(),
                new Object[] {n.caseNo(), step, n.dueOn() == null ? "" : n.dueOn().toString()}, locale);
    }
}
