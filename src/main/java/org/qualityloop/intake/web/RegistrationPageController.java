package org.qualityloop.intake.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.intake.IntakeConflictException;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.intake.Registration;
import org.qualityloop.process.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cases/new}: registering a nonconforming result by hand, through the same {@link IntakeService}
 * as the API. The inputs are named like the API's JSON paths, so the validator's messages land next to them.
 */
@Controller
class RegistrationPageController {

    static final int ITEM_ROWS = 5;

    private final IntakeService intake;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    RegistrationPageController(IntakeService intake, CurrentActor currentActor, MessageSource messages) {
        this.intake = intake;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        Actor actor = registrar();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bureauCode", actor.bureauCode() == null ? "" : actor.bureauCode());
        return render(values, Map.of(), model);
    }

    @PostMapping("/cases/new")
    String register(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = registrar();
        Map<String, String> values = new LinkedHashMap<>(params.toSingleValueMap());
        values.remove("_csrf");
        try {
            Registration registration = intake.register(request(values), actor);
            redirect.addFlashAttribute("registered", registration.created());
            return "redirect:/cases/" + registration.caseFile().id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().all().forEach(err -> errors.putIfAbsent(err.field(), messages.getMessage(err.code(),
                    err.args().stream().map(String::valueOf).toArray(), LocaleContextHolder.getLocale())));
            return render(values, errors, model);
        } catch (IntakeConflictException e) {
            return render(values, Map.of("reportNo", messages.getMessage("api.reportNoConflict", null,
                    LocaleContextHolder.getLocale())), model);
        }
    }

    private Actor registrar() {
        Actor actor = currentActor.get();
        if (actor.is(Role.ENTERPRISE) || actor.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only institutions, handlers and administrators register results");
        }
        return actor;
    }

    private String render(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ITEM_ROWS).boxed().toList());
        model.addAttribute("hazards", Arrays.stream(Hazard.values()).map(Enum::name).toList());
        return "intake/register";
    }

    private static IntakeRequest request(Map<String, String> v) {
        // rows up to the last one filled in, so an index in a message is the row the user sees
        int last = -1;
        for (int i = 0; i < ITEM_ROWS; i++) {
            if (filled(v, "failedItems[" + i + "].item", "failedItems[" + i + "].requirement",
                    "failedItems[" + i + "].measured")) {
                last = i;
            }
        }
        List<IntakeRequest.FailedItemData> items = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            String row = "failedItems[" + i + "].";
            items.add(new IntakeRequest.FailedItemData(get(v, row + "item"), get(v, row + "requirement"),
                    get(v, row + "measured"), get(v, row + "hazard")));
        }
        IntakeRequest.PartyData producer = filled(v, "producer.uscc", "producer.name", "producer.address")
                ? new IntakeRequest.PartyData(get(v, "producer.uscc"), get(v, "producer.name"), get(v, "producer.address"))
                : null;
        return new IntakeRequest(get(v, "reportNo"),
                new IntakeRequest.ProductData(get(v, "product.name"), get(v, "product.model"), get(v, "product.batch"),
                        get(v, "product.category")),
                get(v, "sampledAt"), get(v, "reportIssuedAt"), items,
                new IntakeRequest.PartyData(get(v, "sampledEnterprise.uscc"), get(v, "sampledEnterprise.name"),
                        get(v, "sampledEnterprise.address")),
                producer, get(v, "bureauCode"), get(v, "organizingBureauCode"), get(v, "institution"),
                get(v, "spotCheckPlan"), "true".equals(v.get("adulterationSuspected")));
    }

    private static boolean filled(Map<String, String> v, String... names) {
        return Arrays.stream(names).anyMatch(n -> get(v, n) != null);
    }

    private static String get(Map<String, String> v, String name) {
        String value = v.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
