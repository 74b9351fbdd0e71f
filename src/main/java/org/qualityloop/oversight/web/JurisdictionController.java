package org.qualityloop.oversight.web;

import java.util.Map;
import java.util.UUID;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldView;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.oversight.JurisdictionChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /cases/{id}/jurisdiction}: the case transferred to the competent bureau, or that bureau told of it. */
@Controller
class JurisdictionController {

    static final Form FORM = Form.of(FormField.choice("mode", JurisdictionChange.Mode.class), FormField.choiceOf("bureau"),
            FormField.longText("reason"));

    private final JurisdictionChange change;
    private final CaseAccess access;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final Bureaus bureaus;

    JurisdictionController(JurisdictionChange change, CaseAccess access, CurrentActor currentActor, FormPages forms,
                           Bureaus bureaus) {
        this.change = change;
        this.access = access;
        this.currentActor = currentActor;
        this.forms = forms;
        this.bureaus = bureaus;
    }

    @GetMapping("/cases/{id}/jurisdiction")
    String form(@PathVariable UUID id, Model model) {
        CaseFile c = access.visible(currentActor.get(), id);
        return page(c, Map.of("mode", "TRANSFER"), new FieldErrors(), model);
    }

    @PostMapping("/cases/{id}/jurisdiction")
    String submit(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        CaseFile c = access.visible(actor, id);
        return FORM.submit(params, v -> {
            JurisdictionChange.Mode mode = v.choice("mode", JurisdictionChange.Mode.class);
            change.change(actor, id, mode, v.text("bureau"), v.text("reason"));
            redirect.addFlashAttribute("jurisdictionChanged", mode.name());
            // after a transfer the case is no longer this user's to read
            return mode == JurisdictionChange.Mode.TRANSFER && !actor.bureaus().contains(v.text("bureau"))
                    ? "redirect:/cases" : "redirect:/cases/" + id;
        }, (typed, errors) -> page(c, typed, errors, model));
    }

    private String page(CaseFile c, Map<String, String> typed, FieldErrors errors, Model model) {
        Map<String, FieldView> fields = forms.fields("jurisdiction", FORM, typed, errors);
        fields.computeIfPresent("bureau", (name, field) -> field.withOptions(bureaus.all().stream()
                .filter(b -> !b.code().equals(c.bureauCode()) && bureaus.isActive(b.code()))
                .map(b -> new FieldView.Option(b.code(), b.name())).toList()));
        model.addAttribute("caseFile", c);
        model.addAttribute("fields", fields);
        model.addAttribute("hasErrors", errors.hasErrors());
        return "oversight/jurisdiction";
    }
}
