package org.qualityloop.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * People as pages name them: by display name, never by username (pages call {@code @people.name(username)}).
 * A name that is no user's (the system, say) is shown as it is.
 */
@Component("people")
public class People {

    private final UserAccounts accounts;

    People(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user's name, as read at sign-in: no query on every page. */
    public String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "";
        }
        return authentication.getPrincipal() instanceof Account account ? account.displayName() : authentication.getName();
    }

    public String name(String username) {
        return username == null ? "" : accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }
}
