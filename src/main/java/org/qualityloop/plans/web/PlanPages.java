package org.qualityloop.plans.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.plans.HandlingReports;
import org.qualityloop.plans.Plan;
import org.qualityloop.plans.Plans;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /plans}: the spot-check plans a user's bureau takes part in, a plan's batches and cases, and each bureau's
 * handling report: drafted from the data, reviewed and submitted by its supervisor, rolled up for the organiser.
 */
@Controller
class PlanPages {

    static final Form FORM = Form.of(FormField.text("code").max(40), FormField.text("name").max(200),
            FormField.integer("year"), FormField.text("organizingBureau").max(6), FormField.longText("quotas").optional());

    private final Plans plans;
    private final HandlingReports reports;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final Bureaus bureaus;

    PlanPages(Plans plans, HandlingReports reports, CurrentActor currentActor, FormPages forms, Bureaus bureaus) {
        this.plans = plans;
        this.reports = reports;
        this.currentActor = currentActor;
        this.forms = forms;
        this.bureaus = bureaus;
    }

    @GetMapping("/plans")
    String list(Model model) {
        Actor actor = staff();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("organizingBureau", actor.bureauCode() == null ? "" : actor.bureauCode());
        return listPage(actor, typed, new FieldErrors(), model);
    }

    @PostMapping("/plans")
    String create(@RequestParam Map<String, String> params, Model model) {
        Actor actor = staff();
        return FORM.submit(params, v -> {
            Plan plan = plans.create(actor, v.text("code"), v.text("name"), v.integer("year"),
                    v.text("organizingBureau"), v.text("quotas"));
            return "redirect:/plans/" + plan.code();
        }, (typed, errors) -> listPage(actor, typed, errors, model));
    }

    @GetMapping("/plans/{code}")
    String plan(@PathVariable String code, Model model) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        model.addAttribute("plan", plan);
        model.addAttribute("organizer", bureaus.nameOf(plan.organizingBureau()));
        model.addAttribute("quotas", plans.quotas(code));
        model.addAttribute("bureauNames", bureaus.names());
        model.addAttribute("ownBureaus", actor.is(Role.ADMIN) ? List.of(plan.organizingBureau())
                : actor.bureaus().stream().filter(b -> bureaus.subtree(plan.organizingBureau()).contains(b)).toList());
        model.addAttribute("submitted", reports.submitted(code).stream()
                .filter(s -> reports.mayRead(actor, plan, s.bureauCode())).toList());
        return "plans/plan";
    }

    @GetMapping("/plans/{code}/reports/{bureau}")
    String draft(@PathVariable String code, @PathVariable String bureau, Model model) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        model.addAttribute("draft", reports.draft(actor, plan, bureau));
        model.addAttribute("maySubmit", actor.is(Role.SUPERVISOR) && actor.bureaus().contains(bureau));
        return "plans/report";
    }

    @GetMapping("/plans/{code}/reports/{bureau}.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable String code, @PathVariable String bureau) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        return download(reports.sheet(reports.draft(actor, plan, bureau)), code + "-" + bureau + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/plans/{code}/reports/{bureau}.pdf")
    ResponseEntity<byte[]> draftPdf(@PathVariable String code, @PathVariable String bureau) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        return download(reports.pdf(reports.draft(actor, plan, bureau), "", java.time.LocalDate.now()),
                code + "-" + bureau + ".pdf", MediaType.APPLICATION_PDF);
    }

    @PostMapping("/plans/{code}/reports/{bureau}")
    String submit(@PathVariable String code, @PathVariable String bureau, Model model, RedirectAttributes redirect) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        try {
            HandlingReports.Submitted submitted = reports.submit(actor, plan, bureau);
            redirect.addFlashAttribute("submittedReport", submitted.reportNo());
            return "redirect:/plans/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("submitError", forms.messages(e.errors()).values().stream().findFirst().orElse(null));
            return draft(code, bureau, model);
        }
    }

    @GetMapping("/plans/{code}/submitted/{id}.pdf")
    ResponseEntity<byte[]> submittedPdf(@PathVariable String code, @PathVariable UUID id) {
        Actor actor = staff();
        Plan plan = visible(actor, code);
        byte[] pdf = reports.submittedPdf(actor, plan, id).orElseThrow(() -> new CaseNotFoundException(id));
        return download(pdf, code + "-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String listPage(Actor actor, Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("plans", plans.visibleTo(actor));
        model.addAttribute("mayCreate", actor.is(Role.SUPERVISOR) || actor.is(Role.ADMIN));
        model.addAttribute("fields", forms.fields("plan", FORM, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "plans/list";
    }

    private Plan visible(Actor actor, String code) {
        return plans.find(code).filter(p -> plans.takesPart(actor, p)).orElseThrow(() -> new CaseNotFoundException(code));
    }

    private Actor staff() {
        Actor actor = currentActor.get();
        if (!(actor.is(Role.HANDLER) || actor.is(Role.SUPERVISOR) || actor.is(Role.ADMIN))) {
            throw new org.springframework.security.access.AccessDeniedException("Plans are the bureaus'");
        }
        return actor;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(content);
    }
}
