package org.qualityloop.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What an account must do before anything else, on the pages and the API alike: give the code of its second
 * factor (after a right password), change a password set by someone else or aged, set up the second factor its
 * role requires. And an account with a second factor is not let into the API on its password alone.
 */
class AccountGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String PASSWORD_PAGE = "/account/password";
    static final String PASSWORD_API = "/api/v1/account/password";
    static final String ENROLMENT_PAGE = "/account/two-factor";
    private static final List<String> ALWAYS = List.of("/logout", "/login", "/css/", "/js/", "/favicon.svg", "/error");

    private final boolean api;
    private final MessageSource messages;
    private final LocaleResolver locales;

    AccountGate(boolean api, MessageSource messages, LocaleResolver locales) {
        this.api = api;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String refusal = null;
        String page = null;
        if (authentication instanceof PendingSecondFactor) {
            page = CODE_PAGE;
        } else if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            if (api && authentication instanceof UsernamePasswordAuthenticationToken && account.passwordAloneRefused()) {
                JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED, text("apiToken.required", request));
                return;
            } else if (account.passwordChangeRequired()) {
                page = PASSWORD_PAGE;
                refusal = "password.mustChange.api";
            } else if (account.secondFactorEnrolmentRequired()) {
                page = ENROLMENT_PAGE;
                refusal = "secondFactor.enrolFirst.api";
            }
        }
        if (page == null || passes(path, page)) {
            chain.doFilter(request, response);
        } else if (api) {
            JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, text(refusal, request));
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }

    private static boolean passes(String path, String page) {
        if (path.equals(page) || path.startsWith(page + "/")) {
            return true;
        }
        if (!page.equals(CODE_PAGE) && (path.equals(PASSWORD_PAGE) || path.equals(PASSWORD_API))) {
            return true;
        }
        // the code page comes before all else; the sign-in page itself stays reachable to start again
        return ALWAYS.stream().anyMatch(p -> p.equals("/login") ? path.equals(p) : path.startsWith(p));
    }

    private String text(String code, HttpServletRequest request) {
        return messages.getMessage(code, null, locales.resolveLocale(request));
    }
}
