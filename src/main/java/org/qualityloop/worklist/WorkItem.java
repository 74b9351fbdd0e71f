package org.qualityloop.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.qualityloop.calendar.DueState;

/**
 * One open task as every list shows it (inbox, oversight list, enterprise portal, exports). {@code daysLeft} is
 * negative once the task is overdue; {@code verified} is false while the due day lies beyond the loaded calendar.
 */
public record WorkItem(String taskId, String taskKey, String stage, UUID caseId, String caseNo, String product,
                       String enterprise, String bureauCode, String bureauName, String assignee, String assigneeName,
                       LocalDate dueOn, long daysLeft, DueState dueState, boolean verified, Instant createdAt) {

    public long daysOverdue() {
        return Math.max(0, -daysLeft);
    }

    /** The same item with the names that other modules keep. */
    WorkItem named(String bureauName, String assigneeName) {
        return new WorkItem(taskId, taskKey, stage, caseId, caseNo, product, enterprise, bureauCode, bureauName,
                assignee, assigneeName, dueOn, daysLeft, dueState, verified, createdAt);
    }
}
