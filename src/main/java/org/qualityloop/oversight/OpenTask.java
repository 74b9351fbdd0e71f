package org.qualityloop.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the read model: an open user task with what lists and dashboards show of it. */
public record OpenTask(String taskId, UUID caseId, String taskKey, String stage, String assignee,
                       String candidateGroups, String bureauCode, Instant createdAt, LocalDate dueOn,
                       boolean dueVerified) {
}
