package org.qualityloop.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API call made with a personal token: the account, signed in with what its second factor allows. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Account account;

    ApiTokenAuthentication(Account account) {
        super(account.getAuthorities());
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return account;
    }
}
