package org.qualityloop.oversight.web;

import java.util.Map;
import java.util.UUID;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldView;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.DeadlineExtensions;
import org.qualityloop.oversight.ExtensionRequest;
import org.qualityloop.oversight.Reassignment;
import org.qualityloop.process.OpenTask;
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
    private final FormPages forms;

    ActingController(Reassignment reassignment, DeadlineExtensions extensions, CaseAccess access,
                     CurrentActor currentActor, MessageSource messages, FormPages forms) {
        this.messages = messages;
        this.forms = forms;
        this.reassignment = reassignment;
        this.extensions = extensions;
        this.access = access;
        this.currentActor = currentActor;
    }

    @GetMapping("/oversight/tasks/{taskId}/reassign")
    String reassignForm(@PathVariable String taskId, Model model) {
        return reassignPage(currentActor.get(), taskId, Map.of(), null, model);
    }

    @PostMapping("/oversight/tasks/{taskId}/reassign")
    String reassign(@PathVariable String taskId, @RequestParam Map<String, String> params, Model model,
                    RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        OpenTask task = reassignment.task(actor, taskId);
        Map<String, String> typed = Reassignment.FORM.typed(params);
        try {
            reassignment.reassign(actor, taskId, typed);
        } catch (InvalidInputException e) {
            return reassignPage(actor, taskId, typed, e.errors(), model);
        }
        redirect.addFlashAttribute("reassignedTask", task.taskKey());
        redirect.addFlashAttribute("reassignedTo", typed.get("assignee"));
        return "redirect:/cases/" + task.caseId();
    }

    private String reassignPage(Actor actor, String taskId, Map<String, String> typed, FieldErrors errors,
                                Model model) {
        OpenTask task = reassignment.task(actor, taskId);
        Map<String, FieldView> fields = forms.fields("reassignTask", Reassignment.FORM, typed, errors);
        fields.computeIfPresent("assignee", (name, field) -> field.withOptions(
                reassignment.candidates(actor, task).entrySet().stream()
                        .map(c -> new FieldView.Option(c.getKey(), c.getValue() + "（" + c.getKey() + "）")).toList()));
        model.addAttribute("task", task);
        model.addAttribute("caseFile", access.visible(actor, task.caseId()));
        model.addAttribute("fields", fields);
        model.addAttribute("hasErrors", errors != null && errors.hasErrors());
        return "oversight/reassign";
    }

    @GetMapping("/cases/{caseId}/extensions/new")
    String extensionForm(@PathVariable UUID caseId, @RequestParam(required = false) String step, Model model) {
        return extensionPage(currentActor.get(), caseId, step == null ? Map.of() : Map.of("step", step), null, model);
    }

    @PostMapping("/cases/{caseId}/extensions")
    String extend(@PathVariable UUID caseId, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        Map<String, String> typed = ExtensionRequest.FORM.typed(params);
        try {
            var extension = extensions.approve(actor, caseId, typed);
            redirect.addFlashAttribute("extendedStep", extension.step());
            redirect.addFlashAttribute("extendedTo", extension.dueAfter());
        } catch (InvalidInputException e) {
            return extensionPage(actor, caseId, typed, e.errors(), model);
        }
        return "redirect:/cases/" + caseId;
    }

    private String extensionPage(Actor actor, UUID caseId, Map<String, String> typed, FieldErrors errors,
                                 Model model) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors extend deadlines");
        }
        CaseFile c = access.visible(actor, caseId);
        var extendable = extensions.extendable(c);
        Map<String, FieldView> fields = forms.fields("extendDeadline", ExtensionRequest.FORM, typed, errors);
        fields.computeIfPresent("step", (name, field) -> field.withOptions(extendable.stream()
                .map(e -> new FieldView.Option(e.step().name(),
                        messages.getMessage(e.step().messageKey(), null, LocaleContextHolder.getLocale())
                                + " · " + e.dueOn()))
                .toList()));
        model.addAttribute("caseFile", c);
        model.addAttribute("extendable", extendable);
        model.addAttribute("fields", fields);
        model.addAttribute("hasErrors", errors != null && errors.hasErrors());
        return "oversight/extend";
    }

}
