package org.qualityloop.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the read model: an open user task with what lists and dashboards show of it. */
public record OpenTask(String taskId, UUID caseId, String taskKey, String stage, String assignee,
                       String candidateGroups, String bureauCode, Instant createdAt, LocalDate dueOn,
                       boolean dueVerified) {

    /** The candidate groups one by one ({@code candidateGroups} is ",a,b,"). */
    public java.util.List<String> groups() {
        return java.util.Arrays.stream(candidateGroups.split(",")).filter(g -> !g.isEmpty()).toList();
    }

    /** Its holder, or while nobody holds it, anyone in one of its candidate groups. */
    public boolean mayAct(org.qualityloop.identity.Actor actor) {
        return assignee != null ? assignee.equals(actor.username()) : groups().stream().anyMatch(actor.groups()::contains);
    }

}
