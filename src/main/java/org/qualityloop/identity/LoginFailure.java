package org.qualityloop.identity;

import java.util.Map;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/** Where a failed sign-in goes: the login page, saying whether the password was wrong or the account is locked. */
final class LoginFailure {

    static final AuthenticationFailureHandler HANDLER = handler();

    private LoginFailure() {
    }

    private static AuthenticationFailureHandler handler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        return handler;
    }
}
