package org.qualityloop.identity;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * API v1 speaks HTTP Basic or personal tokens ({@code Bearer}), statelessly, so no CSRF token is involved; the engine's own web apps and
 * REST API are for administrators only.
 */
@Configuration
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, ApiTokens tokens, UserAccounts accounts,
                            @Lazy LocaleResolver locales) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, messages, locales), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountGate(true, messages, locales), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The engine's web apps share the pages' sign-in: an administrator signed in to QualityLoop opens Cockpit,
     * Tasklist and Admin as is (the web apps take the user from the request, {@link #engineToolsSignIn}); without
     * a session the sign-in page comes first, and anyone else gets the application's 403 page. The engine's REST
     * API keeps HTTP Basic for its clients.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineTools(HttpSecurity http, MessageSource messages, @Lazy LocaleResolver locales)
            throws Exception {
        // The engine's web apps and REST API are servlets outside Spring MVC: match them by path pattern.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
                .addFilterAfter(new AccountGate(false, messages, locales), AuthorizationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                paths.matcher("/camunda/**"))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                // the Camunda web apps carry their own CSRF protection
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Container-based authentication for the engine's web apps: they read the signed-in user from the request that
     * Spring Security hands on, instead of asking for a password of their own.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> engineToolsSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's chain, so the request carries the signed-in user
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * The public disclosure portal: read by anyone, without a session or a cookie, so its pages can be cached; the
     * same content policy as the pages.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicPortal(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public", "/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'")))
                .build();
    }

    /**
     * Actuator: health open to load balancers (details for administrators only), everything else
     * (Prometheus included) for administrators over HTTP Basic, since a scraper cannot fill a login form.
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The pages: form login with CSRF on every form (Spring's default), sessions that time out
     * ({@code server.servlet.session.timeout}), and a locked account told apart from a wrong password.
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, MessageSource messages, @Lazy LocaleResolver locales,
                              @Value("${qualityloop.security.single-session:false}") boolean singleSession,
                              FindByIndexNameSessionRepository<? extends Session> sessions, SignInSuccess signInSuccess)
            throws Exception {
        if (singleSession) {
            // one session per account: a new sign-in ends the older one, which lands on the sign-in page
            http.sessionManagement(session -> session.maximumSessions(1).sessionRegistry(registry(sessions))
                    .expiredUrl("/login?expired"));
        }
        return http
                .addFilterAfter(new AccountGate(false, messages, locales), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.svg", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signInSuccess)
                        .failureHandler(LoginFailure.HANDLER).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'self'")))
                .build();
    }

    private static <S extends Session> SpringSessionBackedSessionRegistry<S> registry(
            FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
