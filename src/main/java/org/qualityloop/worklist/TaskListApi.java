package org.qualityloop.worklist;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.process.TaskCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks}: the caller's open tasks, from the same query as the inbox page. */
@RestController
class TaskListApi {

    /** One task as the API lists it. */
    record Listed(String id, String key, String name, String stage, UUID caseId, String caseNo, LocalDate dueDate,
                  boolean dueVerified, String assignee) {
    }

    private final Inbox inbox;
    private final TaskCatalog catalog;
    private final CurrentActor currentActor;

    TaskListApi(Inbox inbox, TaskCatalog catalog, CurrentActor currentActor) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.currentActor = currentActor;
    }

    @Operation(summary = "The tasks you may act on, in due order")
    @GetMapping("/api/v1/tasks")
    List<Listed> list(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
        return inbox.from(currentActor.get(), Math.max(first, 0), Math.min(Math.max(max, 1), 200)).stream()
                .map(i -> new Listed(i.taskId(), i.taskKey(), catalog.get(i.taskKey()).name(), i.stage(), i.caseId(),
                        i.caseNo(), i.dueOn(), i.verified(), i.assignee()))
                .toList();
    }
}
