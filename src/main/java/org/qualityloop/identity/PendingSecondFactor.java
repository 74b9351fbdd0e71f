package org.qualityloop.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session whose password was right but whose second factor is still to come. It holds no role, and the account
 * gate lets it reach nothing but the code page: the account is not signed in until the code is.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    private final String username;

    PendingSecondFactor(String username) {
        super(List.of());
        this.username = username;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
