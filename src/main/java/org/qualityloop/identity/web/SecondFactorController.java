package org.qualityloop.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.FormValues;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Account;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.SecondFactor;
import org.qualityloop.identity.SecondFactorSignIn;
import org.qualityloop.identity.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor on the pages: the code asked after the password ({@code /login/code}), and the user's own
 * setting-up of it ({@code /account/two-factor}): QR code, first code, recovery codes shown once.
 */
@Controller
class SecondFactorController {

    /** A six-digit code from the app, or a recovery code (xxxx-xxxx-xxxx-xxxx). */
    static final Form CODE = Form.of(FormField.text("code").max(32));

    private final SecondFactor secondFactor;
    private final SecondFactorSignIn signIn;
    private final UserAccounts accounts;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final AccountSession session;

    SecondFactorController(SecondFactor secondFactor, SecondFactorSignIn signIn, UserAccounts accounts,
                           CurrentActor currentActor, FormPages forms, AccountSession session) {
        this.session = session;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.forms = forms;
    }

    @GetMapping("/login/code")
    String codeForm(Model model) {
        if (signIn.pendingUser() == null) {
            return "redirect:/";
        }
        return codePage(new FieldErrors(), model);
    }

    @PostMapping("/login/code")
    String code(@RequestParam Map<String, String> params, Model model, HttpServletRequest request,
                HttpServletResponse response) throws IOException, ServletException {
        FieldErrors errors = new FieldErrors();
        FormValues values = CODE.read(CODE.typed(params), errors);
        if (errors.hasErrors()) {
            return codePage(errors, model);
        }
        return switch (signIn.take(values.text("code"), request, response)) {
            case SIGNED_IN -> null;
            case WRONG_CODE -> codePage(new FieldErrors().reject("code", "secondFactor.codeWrong"), model);
            case LOCKED -> "redirect:/login?locked";
            case NOT_PENDING -> "redirect:/login";
        };
    }

    @GetMapping("/account/two-factor")
    String settings(Model model) {
        return settingsPage(new FieldErrors(), null, model);
    }

    /** The first code from the app: the second factor is on, and the recovery codes are shown this once. */
    @PostMapping("/account/two-factor")
    String confirm(@RequestParam Map<String, String> params, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        String username = currentActor.get().username();
        FieldErrors errors = new FieldErrors();
        FormValues values = CODE.read(CODE.typed(params), errors);
        try {
            errors.throwIfAny();
            List<String> codes = secondFactor.confirm(username, values.text("code"));
            session.refresh(username, request, response);
            response.setHeader("Cache-Control", "no-store");
            return settingsPage(new FieldErrors(), codes, model);
        } catch (InvalidInputException e) {
            return settingsPage(e.errors(), null, model);
        }
    }

    /** A new set of recovery codes, with a current code; the old set stops working. */
    @PostMapping("/account/two-factor/recovery-codes")
    String newRecoveryCodes(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        String username = currentActor.get().username();
        FieldErrors errors = new FieldErrors();
        FormValues values = CODE.read(CODE.typed(params), errors);
        if (errors.hasErrors() || !secondFactor.verify(username, values.text("code")).any()) {
            return settingsPage(errors.hasErrors() ? errors : new FieldErrors().reject("code", "secondFactor.codeWrong"),
                    null, model);
        }
        response.setHeader("Cache-Control", "no-store");
        return settingsPage(new FieldErrors(), secondFactor.newRecoveryCodes(username), model);
    }

    /** Off again, with a current code; not for a role that requires it. */
    @PostMapping("/account/two-factor/off")
    String turnOff(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                   HttpServletRequest request, HttpServletResponse response) {
        String username = currentActor.get().username();
        if (account().secondFactorRequired()) {
            return settingsPage(new FieldErrors().reject("code", "secondFactor.requiredForRole"), null, model);
        }
        FieldErrors errors = new FieldErrors();
        FormValues values = CODE.read(CODE.typed(params), errors);
        try {
            errors.throwIfAny();
            secondFactor.turnOff(username, values.text("code"));
        } catch (InvalidInputException e) {
            return settingsPage(e.errors(), null, model);
        }
        session.refresh(username, request, response);
        redirect.addFlashAttribute("secondFactorOff", true);
        return "redirect:/account/two-factor";
    }

    private String codePage(FieldErrors errors, Model model) {
        model.addAttribute("fields", forms.fields("secondFactorCode", CODE, Map.of(), errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "account/code";
    }

    private String settingsPage(FieldErrors errors, List<String> recoveryCodes, Model model) {
        String username = currentActor.get().username();
        Account account = account();
        boolean enabled = secondFactor.enabled(username);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", account.secondFactorRequired());
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("recoveryCodesLeft", enabled ? secondFactor.recoveryCodesLeft(username) : 0);
        if (!enabled) {
            model.addAttribute("enrolment", secondFactor.enrolment(username));
        }
        model.addAttribute("fields", forms.fields("secondFactor", CODE, Map.of(), errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "account/two-factor";
    }

    private Account account() {
        return accounts.loadUserByUsername(currentActor.get().username());
    }
}
