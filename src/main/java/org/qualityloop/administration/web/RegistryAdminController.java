package org.qualityloop.administration.web;

import java.util.Map;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.FormValues;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.BureauAdministration.BureauRecord;
import org.qualityloop.identity.BureauAdministration;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.InstitutionAdministration.InstitutionRecord;
import org.qualityloop.identity.InstitutionAdministration;
import org.qualityloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bureaus ({@code /admin/bureaus}: the tree, add, rename, letterhead and number prefix, move, deactivate) and
 * institutions ({@code /admin/institutions}: add, edit, re-tests, users, deactivate) for the system administrator,
 * each with its history.
 */
@Controller
class RegistryAdminController {

    static final Form BUREAU_DETAILS = Form.of(FormField.text("name").max(100),
            FormField.text("letterheadName").max(100).optional(), FormField.text("numberPrefix").max(20).optional(),
            FormField.text("phone").max(32).optional(), FormField.text("address").optional(),
            FormField.text("reconsiderationBody").max(100).optional(), FormField.text("court").max(100).optional());
    static final Form NEW_BUREAU = Form.of(FormField.text("code").max(6), FormField.text("parentCode").max(6),
            FormField.text("name").max(100), FormField.text("letterheadName").max(100).optional(),
            FormField.text("numberPrefix").max(20).optional(), FormField.text("phone").max(32).optional(),
            FormField.text("address").optional(), FormField.text("reconsiderationBody").max(100).optional(),
            FormField.text("court").max(100).optional());
    static final Form MOVE = Form.of(FormField.text("parentCode").max(6));
    static final Form INSTITUTION = Form.of(FormField.text("name"), FormField.text("accreditationNo").max(64).optional(),
            FormField.yesNo("retestCapable"));
    static final Form NEW_INSTITUTION = Form.of(FormField.text("code").max(32), FormField.text("name"),
            FormField.text("accreditationNo").max(64).optional(), FormField.yesNo("retestCapable"));

    private final BureauAdministration bureaus;
    private final InstitutionAdministration institutions;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    RegistryAdminController(BureauAdministration bureaus, InstitutionAdministration institutions,
                            CurrentActor currentActor, FormPages forms, BusinessClock clock) {
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/bureaus")
    String bureaus(Model model) {
        administrator();
        return bureausPage(Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/admin/bureaus")
    String createBureau(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor admin = administrator();
        return NEW_BUREAU.submit(params, v -> {
            BureauRecord created = bureaus.create(admin, v.text("code"), v.text("parentCode"), bureauDetails(v));
            redirect.addFlashAttribute("saved", created.name());
            return "redirect:/admin/bureaus/" + created.code();
        }, (typed, errors) -> bureausPage(typed, errors, model));
    }

    @GetMapping("/admin/bureaus/{code}")
    String bureau(@PathVariable String code, Model model) {
        administrator();
        BureauRecord b = knownBureau(code);
        return bureauPage(b, typedDetails(b), new FieldErrors(), Map.of("parentCode", nz(b.parentCode())),
                new FieldErrors(), model);
    }

    @PostMapping("/admin/bureaus/{code}")
    String updateBureau(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                        RedirectAttributes redirect) {
        Actor admin = administrator();
        BureauRecord b = knownBureau(code);
        return BUREAU_DETAILS.submit(params, v -> {
            bureaus.update(admin, code, bureauDetails(v));
            redirect.addFlashAttribute("saved", v.text("name"));
            return "redirect:/admin/bureaus/" + code;
        }, (typed, errors) -> bureauPage(b, typed, errors, Map.of("parentCode", nz(b.parentCode())), new FieldErrors(),
                model));
    }

    @PostMapping("/admin/bureaus/{code}/move")
    String moveBureau(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                      RedirectAttributes redirect) {
        Actor admin = administrator();
        BureauRecord b = knownBureau(code);
        return MOVE.submit(params, v -> {
            bureaus.move(admin, code, v.text("parentCode"));
            redirect.addFlashAttribute("saved", b.name());
            return "redirect:/admin/bureaus/" + code;
        }, (typed, errors) -> bureauPage(b, typedDetails(b), new FieldErrors(), typed, errors, model));
    }

    @PostMapping("/admin/bureaus/{code}/{state:deactivate|reactivate}")
    String bureauActive(@PathVariable String code, @PathVariable String state, RedirectAttributes redirect) {
        Actor admin = administrator();
        knownBureau(code);
        try {
            if ("deactivate".equals(state)) {
                bureaus.deactivate(admin, code);
            } else {
                bureaus.reactivate(admin, code);
            }
            redirect.addFlashAttribute("saved", code);
        } catch (InvalidInputException e) {
            var error = e.errors().all().get(0);
            redirect.addFlashAttribute("refused", forms.message(e.errors(), error.field()));
        }
        return "redirect:/admin/bureaus/" + code;
    }

    @GetMapping("/admin/institutions")
    String institutions(Model model) {
        administrator();
        return institutionsPage(Map.of("retestCapable", "true"), new FieldErrors(), model);
    }

    @PostMapping("/admin/institutions")
    String createInstitution(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor admin = administrator();
        return NEW_INSTITUTION.submit(params, v -> {
            InstitutionRecord created = institutions.create(admin, v.text("code"), institutionDetails(v));
            redirect.addFlashAttribute("saved", created.name());
            return "redirect:/admin/institutions/" + created.code();
        }, (typed, errors) -> institutionsPage(typed, errors, model));
    }

    @GetMapping("/admin/institutions/{code}")
    String institution(@PathVariable String code, Model model) {
        administrator();
        InstitutionRecord i = knownInstitution(code);
        return institutionPage(i, Map.of("name", i.name(), "accreditationNo", nz(i.accreditationNo()),
                "retestCapable", String.valueOf(i.retestCapable())), new FieldErrors(), model);
    }

    @PostMapping("/admin/institutions/{code}")
    String updateInstitution(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
                             RedirectAttributes redirect) {
        Actor admin = administrator();
        InstitutionRecord i = knownInstitution(code);
        return INSTITUTION.submit(params, v -> {
            institutions.update(admin, code, institutionDetails(v));
            redirect.addFlashAttribute("saved", v.text("name"));
            return "redirect:/admin/institutions/" + code;
        }, (typed, errors) -> institutionPage(i, typed, errors, model));
    }

    @PostMapping("/admin/institutions/{code}/{state:deactivate|reactivate}")
    String institutionActive(@PathVariable String code, @PathVariable String state, RedirectAttributes redirect) {
        institutions.setActive(administrator(), knownInstitution(code).code(), "reactivate".equals(state));
        redirect.addFlashAttribute("saved", code);
        return "redirect:/admin/institutions/" + code;
    }

    private String bureausPage(Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("bureaus", bureaus.tree());
        model.addAttribute("fields", forms.fields("bureau", NEW_BUREAU, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "admin/bureaus";
    }

    private String bureauPage(BureauRecord b, Map<String, String> typed, FieldErrors errors, Map<String, String> moveTyped,
                              FieldErrors moveErrors, Model model) {
        model.addAttribute("bureau", b);
        model.addAttribute("fields", forms.fields("bureau", BUREAU_DETAILS, typed, errors));
        model.addAttribute("moveFields", forms.fields("bureau", MOVE, moveTyped, moveErrors));
        model.addAttribute("hasErrors", errors.hasErrors() || moveErrors.hasErrors());
        model.addAttribute("history", bureaus.history(b.code()));
        model.addAttribute("zone", clock.zone());
        return "admin/bureau";
    }

    private String institutionsPage(Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("institutions", institutions.all());
        model.addAttribute("fields", forms.fields("institution", NEW_INSTITUTION, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "admin/institutions";
    }

    private String institutionPage(InstitutionRecord i, Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("institution", i);
        model.addAttribute("fields", forms.fields("institution", INSTITUTION, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("history", institutions.history(i.code()));
        model.addAttribute("zone", clock.zone());
        return "admin/institution";
    }

    /** A bureau's details as its form shows them. */
    private static Map<String, String> typedDetails(BureauRecord b) {
        return Map.of("name", b.name(), "letterheadName", nz(b.letterheadName()), "numberPrefix", nz(b.numberPrefix()),
                "phone", nz(b.phone()), "address", nz(b.address()), "reconsiderationBody", nz(b.reconsiderationBody()),
                "court", nz(b.court()));
    }

    private static BureauAdministration.Details bureauDetails(FormValues v) {
        return new BureauAdministration.Details(v.text("name"), v.text("letterheadName"), v.text("numberPrefix"),
                v.text("phone"), v.text("address"), v.text("reconsiderationBody"), v.text("court"));
    }

    private static InstitutionAdministration.Details institutionDetails(FormValues v) {
        return new InstitutionAdministration.Details(v.text("name"), v.text("accreditationNo"), v.yes("retestCapable"));
    }

    private BureauRecord knownBureau(String code) {
        return bureaus.find(code).orElseThrow(() -> new AccessDeniedException("No such bureau"));
    }

    private InstitutionRecord knownInstitution(String code) {
        return institutions.find(code).orElseThrow(() -> new AccessDeniedException("No such institution"));
    }

    private Actor administrator() {
        return currentActor.require(Role.ADMIN);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
