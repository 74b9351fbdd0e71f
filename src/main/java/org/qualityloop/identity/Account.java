package org.qualityloop.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's view plus the {@link Actor} our code works with. */
public class Account extends User {

    private final Actor actor;
    private final boolean passwordChangeRequired;

    Account(String username, String passwordHash, boolean enabled, boolean nonLocked, Actor actor,
            boolean passwordChangeRequired) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** The password was set by someone else or has aged: the user changes it before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Actor actor() {
        return actor;
    }
}
