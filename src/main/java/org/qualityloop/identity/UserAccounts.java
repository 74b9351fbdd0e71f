package org.qualityloop.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users in our own table (BCrypt hashes), each bound to one role and one scope. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private final PasswordEncoder passwords;
    private final LoginLock loginLock;

    private final PasswordPolicy policy;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final SecondFactorPolicy secondFactorPolicy;

    UserAccounts(JdbcClient jdbc, Bureaus bureaus, PasswordEncoder passwords, LoginLock loginLock,
                 PasswordPolicy policy, BusinessClock clock, ApplicationEventPublisher events,
                 SecondFactorPolicy secondFactorPolicy) {
        this.secondFactorPolicy = secondFactorPolicy;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.passwords = passwords;
        this.loginLock = loginLock;
    }

    /** Display names by username, in one query; a name that is not a user (e.g. "system") is its own name. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name from app_user where username in (:names)")
                    .param("names", Set.copyOf(usernames))
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return names;
    }

    /** Those of the usernames who act for a bureau (handlers and supervisors), in one query. */
    public Set<String> bureauStaff(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select username from app_user where username in (:names) and role in ('HANDLER', 'SUPERVISOR')")
                .param("names", Set.copyOf(usernames)).query(String.class).list());
    }

    @Override
    public Account loadUserByUsername(String username) {
        // the role's second-factor decision comes with the row: one query per sign-in and per API call
        Row row = jdbc.sql("""
                select u.username, u.password_hash, u.role, u.bureau_code, u.enterprise_uscc, u.institution_code,
                  u.enabled, u.locked_until, u.must_change_password, u.password_changed_at, u.totp_enabled_at,
                  p.required, u.display_name
                from app_user u left join second_factor_policy p on p.role = u.role where u.username = ?""")
                .param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8), rs.getBoolean(9),
                        rs.getTimestamp(10), rs.getTimestamp(11) != null, (Boolean) rs.getObject(12), rs.getString(13)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        // the scope is read once the row is read: a query inside the row mapper would hold two connections at once,
        // and concurrent sign-ins would starve the pool
        boolean aged = row.passwordChangedAt() != null && policy.ages(row.role())
                && row.passwordChangedAt().toInstant().plus(policy.staffExpiry()).isBefore(clock.now());
        return new Account(row.username(), row.passwordHash(), row.enabled(), loginLock.isOpen(row.lockedUntil()),
                actor(row.username(), row.role(), row.bureau(), row.uscc(), row.institution()),
                row.mustChangePassword() || aged, row.secondFactorEnabled(),
                secondFactorPolicy.required(row.role(), row.secondFactorDecided()), row.displayName());
    }

    private record Row(String username, String passwordHash, Role role, String bureau, String uscc, String institution,
                       boolean enabled, Timestamp lockedUntil, boolean mustChangePassword, Timestamp passwordChangedAt,
                       boolean secondFactorEnabled, Boolean secondFactorDecided, String displayName) {
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public void create(String username, String rawPassword, String displayName, Role role, String bureauCode,
                       String enterpriseUscc, String institutionCode) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, bureau_code, enterprise_uscc,
                  institution_code, enabled, failed_logins) values (?, ?, ?, ?, ?, ?, ?, true, 0)""")
                .params(username, passwords.encode(rawPassword), displayName, role.name(), bureauCode,
                        enterpriseUscc, institutionCode)
                .update();
    }

    /**
     * The user changes their own password: the current one must be right and the new one must keep the policy.
     * Problems are reported on {@code currentPassword} and {@code newPassword}; nothing changes then.
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        FieldErrors errors = new FieldErrors();
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            errors.reject("currentPassword", "password.currentWrong");
        }
        if (newPassword == null || newPassword.isEmpty()) {
            errors.reject("newPassword", "validation.required");
        } else {
            List<String> recent = new ArrayList<>(List.of(hash));
            recent.addAll(jdbc.sql("select password_hash from password_history where username = ? order by changed_at desc")
                    .param(username).query(String.class).list());
            policy.check("newPassword", username, newPassword, recent, errors);
        }
        errors.throwIfAny();
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("insert into password_history (username, password_hash, changed_at) values (?, ?, ?)")
                .params(username, hash, now).update();
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ?, must_change_password = false where username = ?")
                .params(passwords.encode(newPassword), now, username).update();
        events.publishEvent(new PasswordChanged(username));
    }

    /** An account as the security administrator sees it: role, whether it is locked, how its password stands. */
    public record Standing(String username, String displayName, Role role, boolean enabled, Instant lockedUntil,
                           boolean mustChangePassword, Instant passwordChangedAt, boolean secondFactorEnabled) {

        public boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** Every account, by role and name. */
    public List<Standing> standings() {
        return jdbc.sql("""
                select username, display_name, role, enabled, locked_until, must_change_password, password_changed_at,
                  totp_enabled_at
                from app_user order by role, username""")
                .query((rs, n) -> new Standing(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) != null))
                .list();
    }

    /** Lifts a lock from too many wrong passwords; recorded as the security administrator's change. */
    public void unlock(String by, String username) {
        jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where username = ?").param(username).update();
        events.publishEvent(new AccountChanged(by, username, "UNLOCKED"));
    }

    /** Requires the account to change its password at its next sign-in; recorded as the administrator's change. */
    public void requirePasswordChange(String by, String username) {
        requirePasswordChange(username);
        events.publishEvent(new AccountChanged(by, username, "PASSWORD_CHANGE_REQUIRED"));
    }

    /** The account must change its password at its next sign-in (set by someone else). */
    public void requirePasswordChange(String username) {
        jdbc.sql("update app_user set must_change_password = true where username = ?").param(username).update();
    }

    /** The enforcement certificate number of a user who has none yet (demo data; administrators use the pages). */
    public void setCertificateIfNone(String username, String certificateNo) {
        jdbc.sql("update app_user set certificate_no = ? where username = ? and certificate_no is null")
                .params(certificateNo, username).update();
    }

    /** Where notifications are mailed, when an SMTP server is configured; null for none. */
    public void setEmail(String username, String email) {
        jdbc.sql("update app_user set email = ? where username = ?").params(email, username).update();
    }

    Actor actor(String username, Role role, String bureau, String uscc, String institution) {
        Set<String> scope = switch (role) {
            case HANDLER -> Set.of(bureau);
            case SUPERVISOR -> Set.copyOf(bureaus.subtree(bureau));
            default -> Set.of();
        };
        Set<String> groups = new LinkedHashSet<>();
        switch (role) {
            case HANDLER -> groups.add(CandidateGroup.HANDLER + bureau);
            case SUPERVISOR -> scope.forEach(b -> groups.add(CandidateGroup.SUPERVISOR + b));
            case ENTERPRISE -> groups.add(CandidateGroup.ENTERPRISE + uscc);
            case INSTITUTION -> groups.add(CandidateGroup.INSTITUTION + institution);
            case ADMIN, SECURITY_ADMIN, AUDITOR -> groups.addAll(List.of());
        }
        return new Actor(username, role, bureau, uscc, institution, scope, Set.copyOf(groups));
    }
}
