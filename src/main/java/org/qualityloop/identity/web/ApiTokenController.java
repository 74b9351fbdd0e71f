package org.qualityloop.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.ApiTokens;
import org.qualityloop.identity.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's personal API tokens ({@code /account/tokens}): make one (shown once), see when each was last used, revoke. */
@Controller
class ApiTokenController {

    static final Form FORM = Form.of(FormField.text("name").max(100));

    private final ApiTokens tokens;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    ApiTokenController(ApiTokens tokens, CurrentActor currentActor, FormPages forms, BusinessClock clock) {
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return page(Map.of(), new FieldErrors(), null, model);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        return FORM.submit(params, values -> {
            String token = tokens.create(currentActor.get().username(), values.text("name"));
            // shown this once: no copy of the page may be kept
            response.setHeader("Cache-Control", "no-store");
            return page(Map.of(), new FieldErrors(), token, model);
        }, (typed, errors) -> page(typed, errors, null, model));
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(currentActor.get().username(), id)) {
            redirect.addFlashAttribute("tokenRevoked", true);
        }
        return "redirect:/account/tokens";
    }

    private String page(Map<String, String> typed, FieldErrors errors, String newToken, Model model) {
        model.addAttribute("tokens", tokens.of(currentActor.get().username()));
        model.addAttribute("newToken", newToken);
        model.addAttribute("zone", clock.zone());
        model.addAttribute("fields", forms.fields("apiToken", FORM, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "account/tokens";
    }
}
