package org.qualityloop.process;

import java.time.LocalDate;
import java.util.UUID;

/** An open task as a user sees it in a list. */
public record TaskView(String id, String key, String name, UUID caseId, String caseNo, LocalDate dueDate,
                       String assignee) {
}
