package org.qualityloop.audit;

import org.qualityloop.identity.AccountChanged;
import org.qualityloop.identity.PasswordChanged;
import org.qualityloop.identity.RegistryChanged;
import org.qualityloop.identity.SecondFactorPassed;
import org.qualityloop.identity.SecurityPolicyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins on the pages, sign-outs, and every failed attempt (pages and API alike) go on the audit trail.
 * A successful API call authenticates anew each time; what it then reads is recorded as a read.
 */
@Component
class SecurityEvents {

    private final AuditTrail trail;

    SecurityEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.record(event.getAuthentication().getName(), AuditAction.SIGN_IN, null, null, true, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        trail.record(String.valueOf(event.getAuthentication().getName()), AuditAction.SIGN_IN_FAILED, null, null,
                false, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void passwordChanged(PasswordChanged event) {
        trail.record(event.username(), AuditAction.PASSWORD_CHANGED, event.username(), null);
    }

    @EventListener
    void accountChanged(AccountChanged event) {
        trail.record(event.by(), AuditAction.ACCOUNT_CHANGED, event.username(), null, true, event.change());
    }

    @EventListener
    void secondFactorPassed(SecondFactorPassed event) {
        trail.record(event.username(), AuditAction.SECOND_FACTOR_PASSED, null, null, true,
                event.recoveryCode() ? "RECOVERY_CODE" : null);
    }

    @EventListener
    void registryChanged(RegistryChanged event) {
        trail.record(event.by(), AuditAction.ADMINISTRATION_CHANGED, event.subject(), null, true, event.change());
    }

    @EventListener
    void policyChanged(SecurityPolicyChanged event) {
        trail.record(event.by(), AuditAction.POLICY_CHANGED, event.rule(), null, true,
                event.before() + " → " + event.after());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        trail.record(event.getAuthentication().getName(), AuditAction.SIGN_OUT, null, null, true, null);
    }
}
