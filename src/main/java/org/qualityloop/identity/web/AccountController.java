package org.qualityloop.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.FormValues;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Account;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.UserAccounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password on the page {@code /account/password} ({@link AccountApi} for the API). */
@Controller
class AccountController {

    /** The page's form; the API takes the first two fields. */
    static final Form FORM = Form.of(FormField.password("currentPassword"), FormField.password("newPassword"),
            FormField.password("repeatPassword"));

    private final UserAccounts accounts;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final AccountSession session;

    AccountController(UserAccounts accounts, CurrentActor currentActor, FormPages forms, AccountSession session) {
        this.session = session;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.forms = forms;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return page(new FieldErrors(), model);
    }

    @PostMapping("/account/password")
    String change(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        String username = currentActor.get().username();
        FieldErrors errors = new FieldErrors();
        FormValues values = FORM.read(FORM.typed(params), errors);
        if (!errors.hasErrors() && !values.text("newPassword").equals(values.text("repeatPassword"))) {
            errors.reject("repeatPassword", "password.repeatDiffers");
        }
        try {
            errors.throwIfAny();
            accounts.changePassword(username, values.text("currentPassword"), values.text("newPassword"));
        } catch (InvalidInputException e) {
            return page(e.errors(), model);
        }
        session.refresh(username, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }


    private String page(FieldErrors errors, Model model) {
        model.addAttribute("fields", forms.fields("changePassword", FORM, Map.of(), errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("required", currentAccount() != null && currentAccount().passwordChangeRequired());
        return "account/password";
    }

    private static Account currentAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account account ? account : null;
    }
}
