package org.qualityloop.publication.web;

import java.util.Map;
import java.util.UUID;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.publication.EntryCorrections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /cases/{id}/publication}: a supervisor corrects or withdraws the case's published entry, saying why. */
@Controller
class EntryCorrectionController {

    static final Form FORM = Form.of(FormField.longText("handlingOutcome"), FormField.yesNo("withdraw"),
            FormField.longText("reason"));

    private final EntryCorrections corrections;
    private final CaseAccess access;
    private final CurrentActor currentActor;
    private final FormPages forms;

    EntryCorrectionController(EntryCorrections corrections, CaseAccess access, CurrentActor currentActor,
                              FormPages forms) {
        this.corrections = corrections;
        this.access = access;
        this.currentActor = currentActor;
        this.forms = forms;
    }

    @GetMapping("/cases/{id}/publication")
    String form(@PathVariable UUID id, Model model) {
        Actor supervisor = currentActor.require(Role.SUPERVISOR);
        CaseFile c = access.visible(supervisor, id);
        EntryCorrections.EntryState entry = corrections.of(id).orElseThrow(() -> new CaseNotFoundException(id));
        return page(c, Map.of("handlingOutcome", entry.handlingSummary(), "withdraw", "false"), new FieldErrors(), model);
    }

    @PostMapping("/cases/{id}/publication")
    String change(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor supervisor = currentActor.require(Role.SUPERVISOR);
        CaseFile c = access.visible(supervisor, id);
        return FORM.submit(params, v -> {
            if (v.yes("withdraw")) {
                corrections.withdraw(supervisor, id, v.text("reason"));
            } else {
                corrections.correct(supervisor, id, v.text("handlingOutcome"), v.text("reason"));
            }
            redirect.addFlashAttribute("publicationChanged", true);
            return "redirect:/cases/" + id;
        }, (typed, errors) -> page(c, typed, errors, model));
    }

    private String page(CaseFile c, Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("caseFile", c);
        model.addAttribute("entry", corrections.of(c.id()).orElseThrow());
        model.addAttribute("history", corrections.history(c.id()));
        model.addAttribute("fields", forms.fields("publicationCorrection", FORM, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "publication/correct";
    }
}
