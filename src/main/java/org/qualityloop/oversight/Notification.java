package org.qualityloop.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One in-app notification; its text is rendered from {@code kind} in the reader's language. {@code subject} names a
 * served document by its official title and number.
 */
public record Notification(long id, String recipient, NotificationKind kind, UUID caseId, String caseNo,
                           String taskId, String taskKey, LocalDate dueOn, Instant createdAt, Instant readAt,
                           String subject) {

    public boolean unread() {
        return readAt == null;
    }
}
