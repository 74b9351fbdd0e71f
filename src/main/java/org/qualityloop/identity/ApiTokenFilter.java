package org.qualityloop.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code Authorization: Bearer qlt_…}: an API call signed in with a personal token. An unknown or revoked token,
 * or one of a disabled or locked account, is answered 401 at once, never passed on as anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiTokenFilter(ApiTokens tokens, UserAccounts accounts, MessageSource messages, LocaleResolver locales) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = tokens.owner(header.substring(BEARER.length()).strip()).flatMap(this::usable);
        if (account.isEmpty()) {
            JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    messages.getMessage("apiToken.refused", null, locales.resolveLocale(request)));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(account.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Account> usable(String username) {
        try {
            Account account = accounts.loadUserByUsername(username);
            return account.isEnabled() && account.isAccountNonLocked() ? Optional.of(account) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
