package org.qualityloop.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qualityloop.casefile.Enterprises;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FieldView;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
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
import org.springframework.http.ResponseEntity;
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

    /** Rows the form starts with; the user adds and removes rows as the report needs. */
    static final int ITEM_ROWS = 1;
    static final int MOST_ROWS = 50;
    /** The parties whose name and address are looked up from the registry by credit code. */
    static final List<String> PARTIES = List.of("sampledEnterprise", "producer");

    private final IntakeService intake;
    private final CurrentActor currentActor;
    private final FormPages forms;

    private final Bureaus bureaus;
    private final Institutions institutions;
    private final Enterprises enterprises;

    RegistrationPageController(IntakeService intake, CurrentActor currentActor, FormPages forms, Bureaus bureaus,
                               Institutions institutions, Enterprises enterprises) {
        this.enterprises = enterprises;
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

    /** Another failed-item row, everything typed kept; nothing is checked yet. */
    @PostMapping(value = "/cases/new", params = "addRow")
    String addRow(@RequestParam Map<String, String> params, Model model) {
        registrar();
        Map<String, String> posted = new LinkedHashMap<>(params);
        posted.put("rows", String.valueOf(Math.min(MOST_ROWS, rowsOf(params) + 1)));
        return render(posted, new FieldErrors(), model);
    }

    /** A failed-item row taken out; the rows after it move up, everything else typed is kept. */
    @PostMapping(value = "/cases/new", params = "removeRow")
    String removeRow(@RequestParam Map<String, String> params, @RequestParam int removeRow, Model model) {
        registrar();
        int rows = rowsOf(params);
        Map<String, String> posted = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!name.startsWith(RegistrationForm.FAILED_ITEMS + "[")) {
                posted.put(name, value);
            }
        });
        int to = 0;
        for (int from = 0; from < rows; from++) {
            if (from == removeRow) {
                continue;
            }
            for (FormField f : RegistrationForm.FAILED_ITEM.fields()) {
                String value = params.get(Form.rowName(RegistrationForm.FAILED_ITEMS, from, f.name()));
                if (value != null) {
                    posted.put(Form.rowName(RegistrationForm.FAILED_ITEMS, to, f.name()), value);
                }
            }
            to++;
        }
        posted.put("rows", String.valueOf(Math.max(1, to)));
        return render(posted, new FieldErrors(), model);
    }

    /**
     * The party's name and address from the enterprise registry by its credit code (without script: the page's
     * look-up button; with it, {@link #enterprise} as the code is typed). Both stay editable.
     */
    @PostMapping(value = "/cases/new", params = "lookup")
    String lookup(@RequestParam Map<String, String> params, @RequestParam String lookup, Model model) {
        registrar();
        Map<String, String> posted = new LinkedHashMap<>(params);
        FieldErrors errors = new FieldErrors();
        if (PARTIES.contains(lookup)) {
            String uscc = params.getOrDefault(lookup + ".uscc", "").strip();
            enterprises.find(uscc).ifPresentOrElse(found -> {
                posted.put(lookup + ".name", found.name());
                posted.put(lookup + ".address", found.address() == null ? "" : found.address());
            }, () -> errors.reject(lookup + ".uscc", "register.enterpriseUnknown"));
        }
        return render(posted, errors, model);
    }

    @GetMapping(value = "/cases/new/enterprise", produces = "application/json")
    ResponseEntity<Map<String, String>> enterprise(@RequestParam String uscc) {
        registrar();
        return enterprises.find(uscc.strip())
                .map(found -> ResponseEntity.ok(Map.of("uscc", found.uscc(), "name", found.name(),
                        "address", found.address() == null ? "" : found.address())))
                .orElse(ResponseEntity.notFound().build());
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

    /** As many rows as the page said it had, and at least as many as were filled in. */
    private static int rowsOf(Map<String, String> posted) {
        int rows = ITEM_ROWS;
        String said = posted.get("rows");
        if (said != null && said.matches("\\d{1,3}")) {
            rows = Math.max(rows, Math.min(MOST_ROWS, Integer.parseInt(said)));
        }
        for (String name : posted.keySet()) {
            java.util.regex.Matcher row = ROW.matcher(name);
            if (row.lookingAt()) {
                rows = Math.max(rows, Math.min(MOST_ROWS, Integer.parseInt(row.group(1)) + 1));
            }
        }
        return rows;
    }

    private static final java.util.regex.Pattern ROW =
            java.util.regex.Pattern.compile("^" + RegistrationForm.FAILED_ITEMS + "\\[(\\d{1,2})]\\.");

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
        int rows = rowsOf(posted);
        fields.putAll(forms.rows("register", RegistrationForm.FAILED_ITEM, RegistrationForm.FAILED_ITEMS, rows,
                posted, errors));
        model.addAttribute("fields", fields);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, rows).boxed().toList());
        model.addAttribute("mostRows", MOST_ROWS);
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
