package org.qualityloop.delivery.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.delivery.Signatures;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.EngineTasks;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.TaskNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tasks/{id}/signature}: on the service step the handler hands the phone to the recipient, who reads the
 * document served and signs on the screen (or, for 留置送达, the witness does). Only a handler who may act on the open
 * service task opens it; the signature is kept with the task and shown on the 送达回证 issued when the task completes.
 */
@Controller
class SignatureController {

    private final EngineTasks tasks;
    private final CaseFiles cases;
    private final Documents documents;
    private final Signatures signatures;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    SignatureController(EngineTasks tasks, CaseFiles cases, Documents documents, Signatures signatures,
                        CurrentActor currentActor, FormPages forms, BusinessClock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.documents = documents;
        this.signatures = signatures;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/tasks/{taskId}/signature")
    String page(@PathVariable String taskId, @RequestParam(defaultValue = "RECIPIENT") Signatures.Role role, Model model) {
        return page(taskId, role, Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/tasks/{taskId}/signature")
    String sign(@PathVariable String taskId, @RequestParam Map<String, String> params, Model model,
                RedirectAttributes redirect) {
        Actor actor = currentActor.require(Role.HANDLER);
        OpenTask task = serviceTask(taskId, actor);
        Signatures.Role role = "WITNESS".equals(params.get("role")) ? Signatures.Role.WITNESS : Signatures.Role.RECIPIENT;
        try {
            signatures.record(task.caseId(), taskId, role, params.get("signerName"), params.get("image"),
                    actor.username(), number(params.get("latitude")), number(params.get("longitude")),
                    number(params.get("accuracy")));
            redirect.addFlashAttribute("signed", role.name());
            return "redirect:/tasks/" + taskId;
        } catch (InvalidInputException e) {
            return page(taskId, role, params, e.errors(), model);
        }
    }

    private String page(String taskId, Signatures.Role role, Map<String, String> typed, FieldErrors errors, Model model) {
        Actor actor = currentActor.require(Role.HANDLER);
        OpenTask task = serviceTask(taskId, actor);
        CaseFile c = cases.findById(task.caseId()).orElseThrow(() -> new TaskNotFoundException(taskId));
        IssuedDocument served = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.RESULT_NOTICE)
                .reduce((first, last) -> last).orElse(null);
        Map<String, String> values = new LinkedHashMap<>(typed);
        values.putIfAbsent("signerName", "");
        model.addAttribute("taskId", taskId);
        model.addAttribute("caseFile", c);
        model.addAttribute("served", served);
        model.addAttribute("paragraphs", served == null ? java.util.List.of()
                : java.util.List.of(served.body().split("\n")));
        model.addAttribute("role", role.name());
        model.addAttribute("typed", values);
        model.addAttribute("problems", forms.messages(errors));
        model.addAttribute("given", signatures.forTask(taskId));
        model.addAttribute("zone", clock.zone());
        return "delivery/signature";
    }

    /** The open service task, and the handler may act on it; anything else is refused. */
    private OpenTask serviceTask(String taskId, Actor actor) {
        OpenTask task = tasks.openRowFor(taskId, actor);
        if (!Bpmn.Task.RECORD_SERVICE.equals(task.taskKey())) {
            throw new AccessDeniedException("Signatures are taken on the service step only");
        }
        return task;
    }

    private static Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
