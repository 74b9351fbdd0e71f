package org.qualityloop.administration.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityloop.administration.HolidayAdministration;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.HolidayYears;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.CalendarRecount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holiday notices for the system administrator: the years loaded, and a year's notice loaded as CSV (pasted or
 * uploaded) on {@code /admin/holidays}, previewed before it is stored ({@link HolidayApi} for the API).
 */
@Controller
class HolidayController {

    /** The page's form; the CSV is the file's text, pasted or read from the upload. */
    static final Form FORM = Form.of(FormField.integer("year"), FormField.text("source").optional(),
            FormField.longText("csv").max(20_000));

    private final HolidayAdministration administration;
    private final HolidayYears years;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    HolidayController(HolidayAdministration administration, HolidayYears years, CurrentActor currentActor,
                      FormPages forms, BusinessClock clock) {
        this.administration = administration;
        this.years = years;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/holidays")
    String list(Model model) {
        administrator();
        int next = clock.today().getYear() + 1;
        while (years.isLoaded(next)) {
            next++;
        }
        return page(Map.of("year", String.valueOf(next), "source", HolidayAdministration.defaultSource(next)),
                new FieldErrors(), null, model);
    }

    @GetMapping("/admin/holidays/{year}")
    String year(@PathVariable int year, Model model) {
        administrator();
        model.addAttribute("year", year);
        model.addAttribute("entries", years.entries(year));
        model.addAttribute("loaded", years.loaded().stream().filter(y -> y.year() == year).findFirst().orElse(null));
        model.addAttribute("zone", clock.zone());
        return "admin/holiday-year";
    }

    @PostMapping("/admin/holidays/preview")
    String preview(@RequestParam Map<String, String> params,
                   @RequestParam(name = "csvFile", required = false) MultipartFile file, Model model) throws IOException {
        Map<String, String> typed = typed(params, file);
        FieldErrors errors = new FieldErrors();
        FORM.read(typed, errors);
        try {
            errors.throwIfAny();
            CalendarRecount.Summary summary = administration.preview(administrator(), Integer.parseInt(typed.get("year")),
                    typed.get("source"), typed.get("csv"));
            return page(typed, new FieldErrors(), summary, model);
        } catch (InvalidInputException e) {
            return page(typed, errors.merge(e.errors()), null, model);
        }
    }

    @PostMapping("/admin/holidays")
    String load(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return FORM.submit(params, v -> {
            CalendarRecount.Summary summary = administration.load(administrator(), v.integer("year"), v.text("source"),
                    v.text("csv"));
            redirect.addFlashAttribute("loadedSummary", summary);
            return "redirect:/admin/holidays/" + summary.year();
        }, (typed, errors) -> page(typed, errors, null, model));
    }

    private String page(Map<String, String> typed, FieldErrors errors, CalendarRecount.Summary preview, Model model) {
        model.addAttribute("years", years.loaded());
        model.addAttribute("fields", forms.fields("holidays", FORM, typed, errors));
        model.addAttribute("problems", forms.messages(errors).entrySet().stream()
                .filter(e -> e.getKey().startsWith("csv[")).map(Map.Entry::getValue).toList());
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("preview", preview);
        model.addAttribute("typed", typed);
        model.addAttribute("zone", clock.zone());
        return "admin/holidays";
    }

    /** What was posted, with an uploaded file's text (UTF-8, BOM dropped) in place of the pasted one. */
    private static Map<String, String> typed(Map<String, String> params, MultipartFile file) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>(FORM.typed(params));
        if (file != null && !file.isEmpty()) {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            typed.put("csv", text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        return typed;
    }

    static Actor administrator(CurrentActor currentActor) {
        return currentActor.require(Role.ADMIN);
    }

    private Actor administrator() {
        return administrator(currentActor);
    }
}
