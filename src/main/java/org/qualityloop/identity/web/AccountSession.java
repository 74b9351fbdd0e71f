package org.qualityloop.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityloop.identity.Account;
import org.qualityloop.identity.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The session keeps the account as it stood at sign-in; after the user changes their password or second factor
 * it is read afresh, so the gate stops asking for what was just done.
 */
@Component
class AccountSession {

    private final UserAccounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSession(UserAccounts accounts) {
        this.accounts = accounts;
    }

    void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        Account fresh = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
