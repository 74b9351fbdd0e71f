package org.qualityloop.identity;

import java.util.List;
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

    public String name(String username) {
        return username == null ? "" : accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }
}
