package org.qualityloop.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password must change (set by someone else, or aged) does nothing else until it has: a page
 * leads to the change form, an API call is refused with the way back in ({@code POST /api/v1/account/password}).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    static final String API = "/api/v1/account/password";
    private static final List<String> ALWAYS = List.of(PAGE, API, "/logout", "/login", "/css/", "/js/",
            "/favicon.svg", "/error");

    private final boolean api;
    private final MessageSource messages;

    PasswordChangeGate(boolean api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof Account account
                && account.passwordChangeRequired();
        if (!mustChange || ALWAYS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String text = messages.getMessage("password.mustChange.api", null, request.getLocale());
            response.getWriter().write("{\"error\":\"" + text.replace("\"", "\\\"") + "\"}");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }
}
