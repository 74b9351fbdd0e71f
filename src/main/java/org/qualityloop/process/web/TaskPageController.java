package org.qualityloop.process.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.EvidenceFile;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldType;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.process.EngineTasks;
import org.qualityloop.process.Material;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskActions;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskCompletion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tasks/{id}}: the form of a user task, rendered from the template its form key names
 * ({@code objection/reviewObjection} → {@code templates/objection/reviewObjection.html}). Submitting it goes
 * through the same {@link TaskCompletion} as the API; an irreversible decision is confirmed first.
 */
@Controller
class TaskPageController {

    private static final String KEPT = "keptEvidence:";

    private final EngineTasks engineTasks;
    private final TaskActions actions;
    private final TaskCatalog catalog;
    private final TaskCompletion completion;
    private final CaseFiles cases;
    private final CurrentActor currentActor;
    private final TaskPage page;
    private final BusinessClock clock;
    private final StatutoryCalendar calendar;
    private final Attachments attachments;

    TaskPageController(EngineTasks engineTasks, TaskActions actions, TaskCatalog catalog, TaskCompletion completion,
                       CaseFiles cases, CurrentActor currentActor, TaskPage page, BusinessClock clock,
                       StatutoryCalendar calendar, Attachments attachments) {
        this.attachments = attachments;
        this.engineTasks = engineTasks;
        this.actions = actions;
        this.catalog = catalog;
        this.completion = completion;
        this.cases = cases;
        this.currentActor = currentActor;
        this.page = page;
        this.clock = clock;
        this.calendar = calendar;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable String id, Model model, HttpSession session) {
        Actor actor = currentActor.get();
        OpenTask row = engineTasks.openRowFor(id, actor);
        Task task = engineTasks.open(id);
        session.removeAttribute(KEPT + id);
        CaseFile c = cases.findById(row.caseId()).orElseThrow();
        return render(task, c, actor, Map.of(), new FieldErrors(), null, List.of(), model);
    }

    @PostMapping("/tasks/{id}")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = TaskCompletion.ATTACHMENTS, required = false) List<MultipartFile> files,
                  Model model, RedirectAttributes redirect, HttpSession session) {
        Actor actor = currentActor.get();
        OpenTask row = engineTasks.openRowFor(id, actor);
        Task task = engineTasks.open(id);
        TaskAction action = actions.forKey(task.getTaskDefinitionKey());
        Map<String, String> typed = typed(action, params);
        List<EvidenceFile> evidence = new ArrayList<>(kept(session, id, params.get("keep")));
        evidence.addAll(evidence(files, takenAt(params.get(TAKEN_AT), clock.now())));
        FieldErrors choices = unansweredChoices(action, typed);
        CaseFile c = cases.findById(row.caseId()).orElseThrow();
        try {
            String confirmation = completion.check(id, typed, evidence, actor);
            if (choices.hasErrors()) {
                throw new InvalidInputException(choices);
            }
            if (confirmation != null && !"true".equals(params.getFirst("confirmed"))) {
                return render(task, c, actor, typed, new FieldErrors(), confirmation, keep(session, id, evidence), model);
            }
            completion.complete(id, typed, evidence, actor);
            session.removeAttribute(KEPT + id);
        } catch (InvalidInputException e) {
            // an unanswered question is the first thing to fix in its field
            FieldErrors errors = new FieldErrors();
            choices.all().forEach(choice -> errors.reject(choice.field(), choice.code()));
            e.errors().all().forEach(error -> errors.reject(error.field(), error.code(), error.args().toArray()));
            return render(task, c, actor, typed, errors, null, keep(session, id, evidence), model);
        }
        redirect.addFlashAttribute("doneTask", task.getTaskDefinitionKey());
        redirect.addFlashAttribute("doneCase", c.caseNo());
        // on to the next step of the same case the user may take, else back to the list
        return engineTasks.nextFor(c.id(), actor).map(next -> "redirect:/tasks/" + next)
                .orElse(actor.is(Role.ENTERPRISE) ? "redirect:/portal" : "redirect:/inbox");
    }

    private String render(Task task, CaseFile c, Actor actor, Map<String, String> typed, FieldErrors errors, String confirmation,
                          List<EvidenceFile> keptFiles, Model model) {
        TaskAction action = actions.forKey(task.getTaskDefinitionKey());
        LocalDate today = clock.today();
        LocalDate due = task.getDueDate() == null ? null : clock.dayOf(task.getDueDate());
        Material material = completion.material(task.getId(), actor);
        model.addAttribute("task", task);
        model.addAttribute("taskKey", task.getTaskDefinitionKey());
        model.addAttribute("caseFile", c);
        model.addAttribute("material", material);
        model.addAttribute("materialFiles", attachments.list(c.id()).stream()
                .filter(a -> material.filesOf().contains(a.taskKey())).toList());
        // a form first shown starts from what the decision rests on (the suggested track, the proposed fine)
        model.addAttribute("fields", page.fields(action, actor, typed.isEmpty() ? material.proposed() : typed, errors,
                today, c));
        model.addAttribute("evidence", action.form().evidence());
        // a step two officers do on site (service, re-inspection, investigation) takes photos with the phone's camera
        model.addAttribute("camera", action.form().evidence() && action.form().field("coOfficer").isPresent());
        model.addAttribute("attachmentsError", page.error(errors, TaskCompletion.ATTACHMENTS));
        model.addAttribute("keptFiles", keptFiles);
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("dueDate", due);
        model.addAttribute("dueState", due == null ? null : DueState.of(due, today, calendar));
        model.addAttribute("dueVerified", due == null || calendar.covers(today, due));
        model.addAttribute("dueRule", page.dueRule(task.getTaskDefinitionKey()));
        return catalog.get(task.getTaskDefinitionKey()).formKey();
    }

    /**
     * Browsers cannot put a chosen file back into a form, so files that passed their checks wait in the
     * session while the user corrects the rest or confirms; nothing uploaded has to be chosen twice.
     */
    private static List<EvidenceFile> keep(HttpSession session, String taskId, List<EvidenceFile> evidence) {
        ArrayList<EvidenceFile> good = evidence.stream().filter(f -> f.problem() == null)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        session.setAttribute(KEPT + taskId, good);
        return good;
    }

    /** The files kept from the previous round that the user left ticked. */
    @SuppressWarnings("unchecked")
    private static List<EvidenceFile> kept(HttpSession session, String taskId, List<String> ticked) {
        Object kept = session.getAttribute(KEPT + taskId);
        if (!(kept instanceof List<?> files) || ticked == null) {
            return List.of();
        }
        List<EvidenceFile> result = new ArrayList<>();
        for (String index : ticked) {
            int i = index.matches("\\d{1,3}") ? Integer.parseInt(index) : -1;
            if (i >= 0 && i < files.size()) {
                result.add(((List<EvidenceFile>) files).get(i));
            }
        }
        return result;
    }

    /** Only the form's own fields are read: ids, the CSRF token and anything injected are never bound. */
    private static Map<String, String> typed(TaskAction action, MultiValueMap<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FormField field : action.form().fields()) {
            String value = params.getFirst(field.name());
            if (value != null) {
                typed.put(field.name(), value.trim());
            }
        }
        return typed;
    }

    /** In a browser a yes/no decision must be made explicitly: an unanswered question is not a "no". */
    private static FieldErrors unansweredChoices(TaskAction action, Map<String, String> typed) {
        FieldErrors errors = new FieldErrors();
        action.form().fields().stream()
                .filter(f -> f.type() == FieldType.BOOLEAN && f.required() && !typed.containsKey(f.name()))
                .forEach(f -> errors.reject(f.name(), "validation.choose"));
        return errors;
    }

    /** What the page's script sends for each photo from the camera: the phone's time of the file, and its name. */
    static final String TAKEN_AT = "takenAt";

    /**
     * The taking times the page sent ({@code millis|name}), by file name. The phone's clock is not ours: a time after
     * the receipt (beyond a few minutes of drift) or before 2000 is not kept, the photo's receipt time still is.
     */
    static Map<String, Instant> takenAt(List<String> sent, Instant now) {
        Map<String, Instant> times = new java.util.HashMap<>();
        if (sent == null) {
            return times;
        }
        for (String value : sent) {
            int bar = value.indexOf('|');
            if (bar <= 0 || !value.substring(0, bar).matches("\\d{1,15}")) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(Long.parseLong(value.substring(0, bar)));
            if (!at.isAfter(now.plusSeconds(600)) && at.isAfter(Instant.parse("2000-01-01T00:00:00Z"))) {
                times.put(value.substring(bar + 1), at);
            }
        }
        return times;
    }

    private static List<EvidenceFile> evidence(List<MultipartFile> files, Map<String, Instant> takenAt) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> evidenceFile(f, takenAt)).toList();
    }

    private static EvidenceFile evidenceFile(MultipartFile file, Map<String, Instant> takenAt) {
        try {
            // browsers on some systems send the client's full path; only the name is ours to keep
            String name = Paths.get(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
            return new EvidenceFile(name, String.valueOf(file.getContentType()), file.getBytes(), takenAt.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
