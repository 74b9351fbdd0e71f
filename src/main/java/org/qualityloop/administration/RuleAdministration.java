package org.qualityloop.administration;

import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.calendar.DeadlineRule;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The system administrator changes a deadline rule (amount, unit, what it counts from, legal basis, whether the
 * basis is verified): deadlines started after the change follow it, running ones keep theirs; on the audit trail
 * with before and after.
 */
@Service
public class RuleAdministration {

    private final DeadlineRules rules;
    private final AuditTrail audit;

    RuleAdministration(DeadlineRules rules, AuditTrail audit) {
        this.rules = rules;
        this.audit = audit;
    }

    public DeadlineRule change(Actor by, DeadlineRule rule) {
        if (!by.is(Role.ADMIN)) {
            throw new AccessDeniedException("Deadline rules are the system administrator's");
        }
        DeadlineRule before = rules.change(by.username(), rule);
        audit.record(by.username(), AuditAction.ADMINISTRATION_CHANGED, "rule:" + rule.step().name(), null, true,
                describe(before) + " → " + describe(rule));
        return rules.get(rule.step());
    }

    private static String describe(DeadlineRule r) {
        return r.amount() + " " + r.unit() + "（" + r.countsFrom() + "；" + r.basis() + (r.basisVerified() ? "" : "；待核实") + "）";
    }
}
