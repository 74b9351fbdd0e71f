package org.qualityloop.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The second step of a sign-in: the code of a session whose password was right. A wrong code counts as a failed
 * sign-in (the same lock as wrong passwords, so a stolen password cannot be followed by unlimited guesses), a
 * right one completes the sign-in.
 */
@Component
public class SecondFactorSignIn {

    /** How the code was taken. */
    public enum Outcome { SIGNED_IN, WRONG_CODE, LOCKED, NOT_PENDING }

    private final SecondFactor secondFactor;
    private final UserAccounts accounts;
    private final LoginLock loginLock;
    private final SignInSuccess success;
    private final ApplicationEventPublisher events;

    SecondFactorSignIn(SecondFactor secondFactor, UserAccounts accounts, LoginLock loginLock, SignInSuccess success,
                       ApplicationEventPublisher events) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.loginLock = loginLock;
        this.success = success;
        this.events = events;
    }

    /** The user whose code is awaited in this session, or null. */
    public String pendingUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof PendingSecondFactor pending ? (String) pending.getPrincipal() : null;
    }

    /** Takes the code; on {@link Outcome#SIGNED_IN} the response has already been sent onward. */
    public Outcome take(String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String username = pendingUser();
        if (username == null) {
            return Outcome.NOT_PENDING;
        }
        Account account = accounts.loadUserByUsername(username);
        if (!account.isAccountNonLocked() || !account.isEnabled()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return Outcome.LOCKED;
        }
        SecondFactor.Accepted accepted = secondFactor.verify(username, code);
        if (!accepted.any()) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, null),
                    new SecondFactorRejected()));
            if (!accounts.loadUserByUsername(username).isAccountNonLocked()) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return Outcome.LOCKED;
            }
            return Outcome.WRONG_CODE;
        }
        loginLock.reset(username);
        events.publishEvent(new SecondFactorPassed(username, accepted == SecondFactor.Accepted.RECOVERY_CODE));
        success.completed(request, response, account);
        return Outcome.SIGNED_IN;
    }

    /** A wrong second-factor code, as the audit trail names it. */
    static final class SecondFactorRejected extends BadCredentialsException {
        SecondFactorRejected() {
            super("wrong second-factor code");
        }
    }
}
