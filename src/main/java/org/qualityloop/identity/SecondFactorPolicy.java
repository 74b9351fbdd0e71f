package org.qualityloop.identity;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles must sign in with a second factor. The security administrator decides per role; until then a
 * role follows {@code qualityloop.security.second-factor.required-roles} (ADMIN and SUPERVISOR under the
 * {@code postgres} profile; none while demo data is on, whose accounts sign in with {@code demo} alone).
 */
@Component
public class SecondFactorPolicy {

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final Set<Role> requiredByDefault;

    SecondFactorPolicy(JdbcClient jdbc, BusinessClock clock, ApplicationEventPublisher events,
                       @Value("${qualityloop.security.second-factor.required-roles:}") List<Role> requiredByDefault,
                       @Value("${qualityloop.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        // the demo's accounts sign in with "demo" alone, whatever the profile, so the README's sign-in keeps working
        this.requiredByDefault = demo || requiredByDefault.isEmpty() ? Set.of() : Set.copyOf(requiredByDefault);
    }

    public boolean required(Role role) {
        return required(role, jdbc.sql("select required from second_factor_policy where role = ?").param(role.name())
                .query(Boolean.class).optional().orElse(null));
    }

    /** The role's requirement given what the security administrator decided for it, if anything. */
    boolean required(Role role, Boolean decided) {
        return decided != null ? decided : requiredByDefault.contains(role);
    }

    /** Every role that signs in, with whether it must use a second factor. */
    public Map<Role, Boolean> byRole() {
        Map<Role, Boolean> policy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            policy.put(role, requiredByDefault.contains(role));
        }
        jdbc.sql("select role, required from second_factor_policy")
                .query((rs, n) -> policy.put(Role.valueOf(rs.getString(1)), rs.getBoolean(2))).list();
        return policy;
    }

    /** The security administrator's decision for a role; recorded with before and after. */
    @Transactional
    public void require(String by, Role role, boolean required) {
        boolean before = required(role);
        if (before == required) {
            return;
        }
        Timestamp now = Timestamp.from(clock.now());
        int updated = jdbc.sql("update second_factor_policy set required = ?, changed_by = ?, changed_at = ? where role = ?")
                .params(required, by, now, role.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into second_factor_policy (role, required, changed_by, changed_at) values (?, ?, ?, ?)")
                    .params(role.name(), required, by, now).update();
        }
        events.publishEvent(new SecurityPolicyChanged(by, "second-factor-required:" + role.name(),
                String.valueOf(before), String.valueOf(required)));
    }
}
