package org.qualityloop.web;

import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.LoginLock;
import org.qualityloop.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the start page of each role: enterprises their portal, everyone else the inbox. */
@Controller
class HomeController {

    private final CurrentActor currentActor;
    private final LoginLock loginLock;

    HomeController(CurrentActor currentActor, LoginLock loginLock) {
        this.currentActor = currentActor;
        this.loginLock = loginLock;
    }

    @GetMapping("/")
    String home() {
        return switch (currentActor.get().role()) {
            case ENTERPRISE -> "redirect:/portal";
            case AUDITOR -> "redirect:/audit";
            case SECURITY_ADMIN -> "redirect:/security/accounts";
            default -> "redirect:/inbox";
        };
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("maxFailures", loginLock.maxFailures());
        model.addAttribute("lockMinutes", loginLock.lockMinutes());
        return "login";
    }
}
