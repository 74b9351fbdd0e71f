package org.qualityloop.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.SecondFactor;
import org.qualityloop.identity.SecondFactorPolicy;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.identity.UserAdministration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's desk (三员分立): every account with its lock, password and second-factor standing;
 * unlock an account, require a new password, reset a lost second factor, decide which roles need one. Nobody else does this, and the security administrator does nothing else.
 */
@Controller
class SecurityAdminController {

    private final UserAccounts accounts;
    private final CurrentActor currentActor;
    private final BusinessClock clock;
    private final SecondFactor secondFactor;
    private final SecondFactorPolicy secondFactorPolicy;
    private final UserAdministration users;
    private final FormPages forms;

    /** The role and scope an account is given. */
    static final Form ROLE = Form.of(FormField.choice("role", Role.class), FormField.text("scope").max(32).optional());

    SecurityAdminController(UserAccounts accounts, CurrentActor currentActor, BusinessClock clock,
                            SecondFactor secondFactor, SecondFactorPolicy secondFactorPolicy, UserAdministration users,
                            FormPages forms) {
        this.users = users;
        this.forms = forms;
        this.secondFactor = secondFactor;
        this.secondFactorPolicy = secondFactorPolicy;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/security/accounts")
    String list(Model model) {
        securityAdmin();
        model.addAttribute("accounts", accounts.standings());
        model.addAttribute("secondFactorPolicy", secondFactorPolicy.byRole());
        model.addAttribute("now", clock.now());
        model.addAttribute("zone", clock.zone());
        return "security/accounts";
    }

    @PostMapping("/security/accounts/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(securityAdmin().username(), known(username));
        redirect.addFlashAttribute("accountChanged", username);
        return "redirect:/security/accounts";
    }

    @PostMapping("/security/accounts/{username}/require-password-change")
    String requirePasswordChange(@PathVariable String username, RedirectAttributes redirect) {
        accounts.requirePasswordChange(securityAdmin().username(), known(username));
        redirect.addFlashAttribute("accountChanged", username);
        return "redirect:/security/accounts";
    }

    /** The phone and the recovery codes are lost: the account sets the second factor up again at its next sign-in. */
    @PostMapping("/security/accounts/{username}/reset-second-factor")
    String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
        secondFactor.reset(securityAdmin().username(), known(username));
        redirect.addFlashAttribute("accountChanged", username);
        return "redirect:/security/accounts";
    }

    @GetMapping("/security/accounts/{username}/role")
    String roleForm(@PathVariable String username, Model model) {
        securityAdmin();
        UserAdministration.UserProfile user = profile(username);
        return rolePage(user, Map.of("role", user.role().name(), "scope", user.scope() == null ? "" : user.scope()),
                new FieldErrors(), model);
    }

    /** A new role and scope; the account's sessions end and it signs in again under them. */
    @PostMapping("/security/accounts/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam Map<String, String> params, Model model,
                      RedirectAttributes redirect) {
        Actor admin = securityAdmin();
        UserAdministration.UserProfile user = profile(username);
        return ROLE.submit(params, values -> {
            users.changeRole(admin, username, values.choice("role", Role.class), values.text("scope"));
            redirect.addFlashAttribute("roleChanged", user.displayName());
            return "redirect:/security/accounts";
        }, (typed, errors) -> rolePage(user, typed, errors, model));
    }

    private String rolePage(UserAdministration.UserProfile user, Map<String, String> typed, FieldErrors errors,
                            Model model) {
        model.addAttribute("user", user);
        model.addAttribute("fields", forms.fields("roleChange", ROLE, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "security/role";
    }

    private UserAdministration.UserProfile profile(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    /** Which roles must sign in with a second factor: one checkbox per role, all sent together. */
    @PostMapping("/security/second-factor-policy")
    String secondFactorPolicy(@RequestParam(name = "required", required = false) List<String> required,
                              RedirectAttributes redirect) {
        String by = securityAdmin().username();
        Set<String> chosen = required == null ? Set.of() : Set.copyOf(required);
        for (Role role : Role.values()) {
            secondFactorPolicy.require(by, role, chosen.contains(role.name()));
        }
        redirect.addFlashAttribute("policyChanged", true);
        return "redirect:/security/accounts";
    }

    private Actor securityAdmin() {
        Actor actor = currentActor.get();
        if (!actor.is(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("Locks and password changes are the security administrator's");
        }
        return actor;
    }

    private String known(String username) {
        if (!accounts.exists(username)) {
            throw new AccessDeniedException("No such account");
        }
        return username;
    }
}
