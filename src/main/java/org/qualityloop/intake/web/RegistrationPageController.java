package org.qualityloop.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldView;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.FormValues;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.Role;
import org.qualityloop.intake.IntakeConflictException;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.intake.Registration;
import org.qualityloop.intake.RegistrationForm;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cases/new}: registering a nonconforming result by hand, through the same {@link IntakeService} as
 * the API, in the one form pattern ({@link RegistrationForm}).
 */
@Controller
class RegistrationPageController {

    static final int ITEM_ROWS = 5;

    private final IntakeService intake;
    private final CurrentActor currentActor;
    private final FormPages forms;

    private final Bureaus bureaus;
    private final Institutions institutions;

    RegistrationPageController(IntakeService intake, CurrentActor currentActor, FormPages forms, Bureaus bureaus,
                               Institutions institutions) {
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.intake = intake;
        this.currentActor = currentActor;
        this.forms = forms;
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        Actor actor = registrar();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bureauCode", actor.bureauCode() == null ? "" : actor.bureauCode());
        return render(values, new FieldErrors(), model);
    }

    @PostMapping("/cases/new")
    String register(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = registrar();
        FieldErrors errors = new FieldErrors();
        FormValues values = RegistrationForm.FORM.read(RegistrationForm.FORM.typed(params), errors);
        List<FormValues> items = RegistrationForm.FAILED_ITEM.readRows(params, RegistrationForm.FAILED_ITEMS, errors);
        IntakeRequest request = RegistrationForm.request(values, items);
        if (errors.hasErrors()) {
            // everything else that is wrong too, so the user corrects the form in one go
            return render(params, errors.merge(intake.problems(request, actor)), model);
        }
        try {
            Registration registration = intake.register(request, actor);
            redirect.addFlashAttribute("registered", registration.created());
            return "redirect:/cases/" + registration.caseFile().id();
        } catch (InvalidInputException e) {
            return render(params, e.errors(), model);
        } catch (IntakeConflictException e) {
            return render(params, new FieldErrors().reject("reportNo", "api.reportNoConflict"), model);
        }
    }

    private Actor registrar() {
        Actor actor = currentActor.get();
        if (!(actor.is(Role.INSTITUTION) || actor.is(Role.HANDLER))) {
            throw new AccessDeniedException("Only institutions and handlers register results");
        }
        return actor;
    }

    private String render(Map<String, String> posted, FieldErrors errors, Model model) {
        Map<String, FieldView> fields = new LinkedHashMap<>(
                forms.fields("register", RegistrationForm.FORM, RegistrationForm.FORM.typed(posted), errors));
        fields.putAll(forms.rows("register", RegistrationForm.FAILED_ITEM, RegistrationForm.FAILED_ITEMS, ITEM_ROWS,
                posted, errors));
        model.addAttribute("fields", fields);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ITEM_ROWS).boxed().toList());
        model.addAttribute("itemsError", forms.message(errors, RegistrationForm.FAILED_ITEMS));
        model.addAttribute("hasErrors", errors.hasErrors());
        // the known codes offered as the user types (the server still refuses any other)
        Map<String, String> bureauNames = new TreeMap<>();
        bureaus.all().forEach(b -> bureauNames.put(b.code(), b.name()));
        model.addAttribute("suggestions", Map.of("bureauCode", bureauNames, "organizingBureauCode", bureauNames,
                "institution", institutions.activeNames()));
        return "intake/register";
    }
}
