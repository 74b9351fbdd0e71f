package org.qualityloop.administration.web;

import java.util.Map;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAdministration.UserProfile;
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
 * Users for the system administrator ({@code /admin/users}): search, create with a first role and scope, edit
 * name and contact details, deactivate and reactivate, set a temporary password, and each account's history.
 */
@Controller
class UserAdminController {

    /** The roles the system administrator gives; the administrator roles are the security administrator's. */
    enum StaffRole { HANDLER, SUPERVISOR, ENTERPRISE, INSTITUTION }

    static final Form NEW = Form.of(FormField.text("username").max(64), FormField.text("displayName").max(100),
            FormField.choice("role", StaffRole.class), FormField.text("scope").max(32).optional(),
            FormField.password("password"), FormField.text("email").optional(), FormField.text("phone").max(32).optional(),
            FormField.text("certificateNo").max(32).optional());
    static final Form DETAILS = Form.of(FormField.text("displayName").max(100), FormField.text("email").optional(),
            FormField.text("phone").max(32).optional(), FormField.text("certificateNo").max(32).optional());
    static final Form PASSWORD = Form.of(FormField.password("password"));

    private final UserAdministration users;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final BusinessClock clock;

    UserAdminController(UserAdministration users, CurrentActor currentActor, FormPages forms, BusinessClock clock) {
        this.users = users;
        this.currentActor = currentActor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "0") int page, Model model) {
        administrator();
        model.addAttribute("users", users.search(q, role, page));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        administrator();
        return newPage(Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor admin = administrator();
        return NEW.submit(params, values -> {
            UserProfile created = users.create(admin, new UserAdministration.NewUser(values.text("username"),
                    values.text("displayName"), Role.valueOf(values.text("role")), values.text("scope"),
                    values.text("password"), values.text("email"), values.text("phone"), values.text("certificateNo")));
            redirect.addFlashAttribute("userCreated", created.displayName());
            return "redirect:/admin/users/" + created.username();
        }, (typed, errors) -> newPage(typed, errors, model));
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        administrator();
        UserProfile user = known(username);
        return userPage(user, typedDetails(user), new FieldErrors(), new FieldErrors(), model);
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor admin = administrator();
        UserProfile user = known(username);
        return DETAILS.submit(params, values -> {
            UserProfile changed = users.update(admin, username, new UserAdministration.Details(values.text("displayName"),
                    values.text("email"), values.text("phone"), values.text("certificateNo")));
            redirect.addFlashAttribute("userChanged", changed.displayName());
            return "redirect:/admin/users/" + username;
        }, (typed, errors) -> userPage(user, typed, errors, new FieldErrors(), model));
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes redirect) {
        Actor admin = administrator();
        UserProfile user = known(username);
        return PASSWORD.submit(params, values -> {
            users.resetPassword(admin, username, values.text("password"));
            redirect.addFlashAttribute("passwordReset", user.displayName());
            return "redirect:/admin/users/" + username;
        }, (typed, errors) -> userPage(user, typedDetails(user), new FieldErrors(), errors, model));
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(@PathVariable String username, RedirectAttributes redirect) {
        try {
            users.deactivate(administrator(), known(username).username());
            redirect.addFlashAttribute("userDeactivated", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("userError", e.errors().all().get(0).code());
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/reactivate")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        users.reactivate(administrator(), known(username).username());
        redirect.addFlashAttribute("userReactivated", true);
        return "redirect:/admin/users/" + username;
    }

    private String newPage(Map<String, String> typed, FieldErrors errors, Model model) {
        model.addAttribute("fields", forms.fields("newUser", NEW, typed, errors));
        model.addAttribute("hasErrors", errors.hasErrors());
        return "admin/user-new";
    }

    private String userPage(UserProfile user, Map<String, String> typed, FieldErrors detailErrors,
                            FieldErrors passwordErrors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("fields", forms.fields("userDetails", DETAILS, typed, detailErrors));
        model.addAttribute("passwordFields", forms.fields("resetPassword", PASSWORD, Map.of(), passwordErrors));
        model.addAttribute("hasErrors", detailErrors.hasErrors() || passwordErrors.hasErrors());
        model.addAttribute("history", users.history(user.username()));
        model.addAttribute("zone", clock.zone());
        return "admin/user";
    }

    private UserProfile known(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    private Actor administrator() {
        return currentActor.require(Role.ADMIN);
    }

    /** A user's details as the form shows them. */
    private static Map<String, String> typedDetails(UserProfile user) {
        return Map.of("displayName", user.displayName(), "email", nz(user.email()), "phone", nz(user.phone()),
                "certificateNo", nz(user.certificateNo()));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
