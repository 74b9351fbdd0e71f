package org.qualityloop.casefile;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One line of the audit trail: who did what, when, in which task, and the state before and after (JSON). */
public record CaseEvent(long id, Instant occurredAt, String actor, String taskKey, String taskId, CaseEventType type,
                        String summary, @JsonRawValue String before,
                        @JsonRawValue String after) {
}
