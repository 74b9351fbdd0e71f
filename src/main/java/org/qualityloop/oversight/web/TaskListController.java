package org.qualityloop.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.exports.Export;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.Scope;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.worklist.TaskList;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The open tasks behind every dashboard number (the overdue list among them), and their export. */
@Controller
class TaskListController {

    private final TaskList taskList;
    private final AuditTrail audit;
    private final Scope scope;
    private final TaskCatalog catalog;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final BusinessClock clock;

    TaskListController(TaskList taskList, Scope scope, TaskCatalog catalog, CurrentActor currentActor,
                       MessageSource messages, BusinessClock clock, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.taskList = taskList;
        this.scope = scope;
        this.catalog = catalog;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/oversight/tasks")
    String list(TaskFilter filter, Model model) {
        Actor actor = overseer();
        model.addAttribute("result", taskList.page(filter.query(scope.narrowed(actor, filter.bureau()), catalog.stages())));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", catalog.stages());
        model.addAttribute("dueFilters", TaskFilter.choices());
        model.addAttribute("sorts", TaskList.Sort.values());
        model.addAttribute("canAct", actor.is(Role.SUPERVISOR));
        return "oversight/tasks";
    }

    @GetMapping("/oversight/tasks/export")
    void export(TaskFilter filter, @RequestParam(defaultValue = "CSV") Export.Format format, Locale locale,
                HttpServletResponse response) throws IOException {
        Actor actor = overseer();
        TaskList.Query query = filter.query(scope.narrowed(actor, filter.bureau()), catalog.stages());
        audit.record(currentActor.get().username(), AuditAction.EXPORT, "tasks." + format.name().toLowerCase(), null);
        Export.write(response, format, "tasks", headers(locale), rows -> taskList.forEach(query, r -> rows.accept(
                Arrays.asList(r.caseNo(), r.product(), r.enterprise(), r.bureauName(),
                        text("stage." + r.stage(), locale), text("task.name." + r.taskKey(), locale),
                        r.assignee() == null ? text("oversight.unclaimed", locale) : r.assigneeName(),
                        r.dueOn(), r.daysOverdue(), text("dueState." + r.dueState(), locale),
                        r.verified() ? "" : text("dueFilter.UNVERIFIED", locale),
                        LocalDate.ofInstant(r.createdAt(), clock.zone())))));
    }

    private List<String> headers(Locale locale) {
        return List.of("case.caseNo", "case.product", "case.enterprise", "case.bureau", "inbox.col.stage", "inbox.col.task",
                "oversight.assignee", "inbox.col.due", "oversight.daysOverdue", "oversight.dueState",
                "dueFilter.UNVERIFIED", "oversight.createdOn").stream().map(k -> text(k, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private Actor overseer() {
        Actor actor = currentActor.get();
        if (!(actor.is(Role.SUPERVISOR) || actor.is(Role.HANDLER) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("Oversight lists are for handlers, supervisors and administrators");
        }
        return actor;
    }
}
