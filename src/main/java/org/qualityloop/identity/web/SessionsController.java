package org.qualityloop.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.qualityloop.identity.AccountChanged;
import org.qualityloop.identity.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Sign out everywhere: every session of the account ends, on every node and device (they live in the
 * database), this one included. For a lost phone or a shared computer left signed in.
 */
@Controller
class SessionsController {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    SessionsController(FindByIndexNameSessionRepository<? extends Session> sessions, CurrentActor currentActor,
                       ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.events = events;
    }

    @PostMapping("/account/sessions/sign-out-everywhere")
    String signOutEverywhere(HttpServletRequest request) {
        String username = currentActor.get().username();
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
        HttpSession current = request.getSession(false);
        if (current != null) {
            current.invalidate();
        }
        SecurityContextHolder.clearContext();
        events.publishEvent(new AccountChanged(username, username, "SIGNED_OUT_EVERYWHERE"));
        return "redirect:/login?logout";
    }
}
