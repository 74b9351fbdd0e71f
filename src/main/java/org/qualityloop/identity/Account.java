package org.qualityloop.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's view plus the {@link Actor} our code works with. */
public class Account extends User {

    private final Actor actor;
    private final boolean passwordChangeRequired;
    private final boolean secondFactorEnabled;
    private final boolean secondFactorRequired;
    private final String displayName;

    Account(String username, String passwordHash, boolean enabled, boolean nonLocked, Actor actor,
            boolean passwordChangeRequired, boolean secondFactorEnabled, boolean secondFactorRequired,
            String displayName) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.passwordChangeRequired = passwordChangeRequired;
        this.secondFactorEnabled = secondFactorEnabled;
        this.secondFactorRequired = secondFactorRequired;
        this.displayName = displayName;
    }

    /** The name pages show for the signed-in user. */
    public String displayName() {
        return displayName;
    }

    /** The account signs in with a code from its authenticator app after the password. */
    public boolean secondFactorEnabled() {
        return secondFactorEnabled;
    }

    /** The account's role must use a second factor (the security administrator's policy). */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /** The role requires a second factor the account has not set up yet: it does so before anything else. */
    public boolean secondFactorEnrolmentRequired() {
        return secondFactorRequired && !secondFactorEnabled;
    }

    /** A password alone is not enough for this account: the API takes its personal tokens instead. */
    public boolean passwordAloneRefused() {
        return secondFactorEnabled || secondFactorRequired;
    }

    /** The password was set by someone else or has aged: the user changes it before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Actor actor() {
        return actor;
    }
}
