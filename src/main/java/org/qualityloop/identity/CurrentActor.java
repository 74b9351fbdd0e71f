package org.qualityloop.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request, from the security context. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Account account) {
            return account.actor();
        }
        throw new AccessDeniedException("Not signed in");
    }

    /** The actor, who must hold the role: anyone else is refused (403), whatever the page or API asked for. */
    public Actor require(Role role) {
        Actor actor = get();
        if (!actor.is(role)) {
            throw new AccessDeniedException("Reserved to " + role);
        }
        return actor;
    }
}
