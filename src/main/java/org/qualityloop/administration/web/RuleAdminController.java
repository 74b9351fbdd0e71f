package org.qualityloop.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.qualityloop.administration.RuleAdministration;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DeadlineRule;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.calendar.PeriodUnit;
import org.qualityloop.calendar.Step;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deadline rules for the system administrator ({@code /admin/rules}): every rule, a rule's form and its versions. */
@Controller
class RuleAdminController {

    static final Form FORM = Form.of(FormField.integer("amount"), FormField.choice("unit", PeriodUnit.class),
            FormField.text("countsFrom").max(100), FormField.text("basis").max(300), FormField.yesNo("basisVerified"));

    private final DeadlineRules rules;
    private final RuleAdministration administration;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    RuleAdminController(DeadlineRules rules, RuleAdministration administration, CurrentActor currentActor,
                        FormPages forms, BusinessClock clock) {
        this.rules = rules;
        this.administration = administration;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/rules")
    String list(Model model) {
        administrator(currentActor);
        model.addAttribute("rules", rules.list());
        return "admin/rules";
    }

    @GetMapping("/admin/rules/{step}")
    String rule(@PathVariable Step step, Model model) {
        administrator(currentActor);
        DeadlineRule r = rules.get(step);
        return page(step, Map.of("amount", String.valueOf(r.amount()), "unit", r.unit().name(), "countsFrom",
                r.countsFrom(), "basis", r.basis(), "basisVerified", String.valueOf(r.basisVerified())),
                new FieldErrors(), model);
    }

    @PostMapping("/admin/rules/{step}")
    String change(@PathVariable Step step, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor admin = administrator(currentActor);
        return FORM.submit(params, v -> {
            administration.change(admin, new DeadlineRule(step, v.integer("amount"), v.choice("unit", PeriodUnit.class),
                    v.text("countsFrom"), v.text("basis"), v.yes("basisVerified")));
            redirect.addFlashAttribute("saved", step.name());
            return "redirect:/admin/rules/" + step.name();
        }, (typed, errors) -> page(step, typed, errors, model));
    }

    private String page(Step step, Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("step", step);
        model.addAttribute("fields", forms.fields("rule", FORM, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("versions", rules.history(step));
        model.addAttribute("zone", clock.zone());
        return "admin/rule";
    }

    static Actor administrator(CurrentActor currentActor) {
        return currentActor.require(Role.ADMIN);
    }

    /** {@code GET /api/v1/admin/rules}, {@code PUT /api/v1/admin/rules/{step}}: the same rules by API. */
    @RestController
    static class Api {

        record Change(int amount, PeriodUnit unit, String countsFrom, String basis, boolean basisVerified) {
        }

        private final DeadlineRules rules;
        private final RuleAdministration administration;
        private final CurrentActor currentActor;

        Api(DeadlineRules rules, RuleAdministration administration, CurrentActor currentActor) {
            this.rules = rules;
            this.administration = administration;
            this.currentActor = currentActor;
        }

        @Operation(summary = "The deadline rules with their legal basis")
        @GetMapping("/api/v1/admin/rules")
        List<DeadlineRule> list() {
            administrator(currentActor);
            return rules.list();
        }

        @Operation(summary = "Change a deadline rule (a new version; cases keep the rule they started under)")
        @PutMapping("/api/v1/admin/rules/{step}")
        @ResponseBody
        DeadlineRule change(@PathVariable Step step, @RequestBody Change c) {
            return administration.change(administrator(currentActor),
                    new DeadlineRule(step, c.amount(), c.unit(), c.countsFrom(), c.basis(), c.basisVerified()));
        }
    }
}
