package org.qualityloop.oversight.web;

import org.qualityloop.process.OpenTask;
import java.time.LocalDate;
import java.util.UUID;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.DeadlineExtensions;
import org.qualityloop.oversight.ExtensionRequest;
import org.qualityloop.oversight.Reassignment;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a supervisor does about late work: hand a task to someone else, extend a deadline the law lets
 * them extend. Bad input comes back on the same form with everything typed kept; success goes to the
 * case file, where the event log shows it.
 */
@Controller
class ActingController {

    private final Reassignment reassignment;
    private final DeadlineExtensions extensions;
    private final CaseAccess access;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ActingController(Reassignment reassignment, DeadlineExtensions extensions, CaseAccess access,
                     CurrentActor currentActor, MessageSource messages) {
        this.messages = messages;
        this.reassignment = reassignment;
        this.extensions = extensions;
        this.access = access;
        this.currentActor = currentActor;
    }

    @GetMapping("/oversight/tasks/{taskId}/reassign")
    String reassignForm(@PathVariable String taskId, Model model) {
        return reassignPage(currentActor.get(), taskId, null, null, null, model);
    }

    @PostMapping("/oversight/tasks/{taskId}/reassign")
    String reassign(@PathVariable String taskId, @RequestParam(required = false) String assignee,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        OpenTask task = reassignment.task(actor, taskId);
        try {
            reassignment.reassign(actor, taskId, assignee, reason);
        } catch (InvalidInputException e) {
            return reassignPage(actor, taskId, assignee, reason, e.errors(), model);
        }
        redirect.addFlashAttribute("reassignedTask", task.taskKey());
        redirect.addFlashAttribute("reassignedTo", assignee);
        return "redirect:/cases/" + task.caseId();
    }

    private String reassignPage(Actor actor, String taskId, String assignee, String reason, FieldErrors errors,
                                Model model) {
        OpenTask task = reassignment.task(actor, taskId);
        model.addAttribute("task", task);
        model.addAttribute("caseFile", access.visible(actor, task.caseId()));
        model.addAttribute("candidates", reassignment.candidates(actor, task));
        model.addAttribute("assignee", assignee);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", Errors.byField(errors, messages, LocaleContextHolder.getLocale()));
        return "oversight/reassign";
    }

    @GetMapping("/cases/{caseId}/extensions/new")
    String extensionForm(@PathVariable UUID caseId, @RequestParam(required = false) String step, Model model) {
        return extensionPage(currentActor.get(), caseId, step, null, null, null, null, model);
    }

    @PostMapping("/cases/{caseId}/extensions")
    String extend(@PathVariable UUID caseId, @RequestParam(required = false) String step,
                  @RequestParam(required = false) String requestedOn, @RequestParam(required = false) String days,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        FieldErrors typing = new FieldErrors();
        LocalDate requested = Errors.date(requestedOn, "requestedOn", typing);
        Integer dayCount = Errors.integer(days, "days", typing);
        if (typing.hasErrors()) {
            return extensionPage(actor, caseId, step, requestedOn, days, reason, typing, model);
        }
        try {
            var extension = extensions.approve(actor, caseId, new ExtensionRequest(step, requested, dayCount, reason));
            redirect.addFlashAttribute("extendedStep", extension.step());
            redirect.addFlashAttribute("extendedTo", extension.dueAfter());
        } catch (InvalidInputException e) {
            return extensionPage(actor, caseId, step, requestedOn, days, reason, e.errors(), model);
        }
        return "redirect:/cases/" + caseId;
    }

    private String extensionPage(Actor actor, UUID caseId, String step, String requestedOn, String days,
                                 String reason, FieldErrors errors, Model model) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors extend deadlines");
        }
        CaseFile c = access.visible(actor, caseId);
        model.addAttribute("caseFile", c);
        model.addAttribute("extendable", extensions.extendable(c));
        model.addAttribute("step", step);
        model.addAttribute("requestedOn", requestedOn);
        model.addAttribute("days", days);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", Errors.byField(errors, messages, LocaleContextHolder.getLocale()));
        return "oversight/extend";
    }
}
