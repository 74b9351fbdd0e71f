package org.qualityloop.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Users in our own table (BCrypt hashes), each bound to one role and one scope. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private final PasswordEncoder passwords;
    private final LoginLock loginLock;

    UserAccounts(JdbcClient jdbc, Bureaus bureaus, PasswordEncoder passwords, LoginLock loginLock) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.passwords = passwords;
        this.loginLock = loginLock;
    }

    /** Display names by username, in one query; a name that is not a user (e.g. "system") is its own name. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name from app_user where username in (:names)")
                    .param("names", java.util.Set.copyOf(usernames))
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return names;
    }

    @Override
    public Account loadUserByUsername(String username) {
        return jdbc.sql("""
                select username, password_hash, role, bureau_code, enterprise_uscc, institution_code, enabled,
                  locked_until
                from app_user where username = ?""")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(7),
                        loginLock.isOpen(rs.getTimestamp(8)),
                        actor(rs.getString(1), Role.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
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
            case ADMIN, AUDITOR -> groups.addAll(List.of());
        }
        return new Actor(username, role, bureau, uscc, institution, scope, Set.copyOf(groups));
    }
}
