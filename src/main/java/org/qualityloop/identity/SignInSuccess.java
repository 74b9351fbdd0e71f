package org.qualityloop.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After a right password: an account with a second factor is only half signed in (its session holds a
 * {@link PendingSecondFactor}) and goes to the code page; any other goes where it was heading.
 */
@Component
class SignInSuccess implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof Account account && account.secondFactorEnabled()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new PendingSecondFactor(account.getUsername()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + AccountGate.CODE_PAGE);
            return;
        }
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    /** Completes a sign-in whose code was right: the account in the session, a new session id, then onward. */
    void completed(HttpServletRequest request, HttpServletResponse response, Account account)
            throws IOException, ServletException {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        onward.onAuthenticationSuccess(request, response, full);
    }
}
