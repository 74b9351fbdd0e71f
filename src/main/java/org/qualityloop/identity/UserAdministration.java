package org.qualityloop.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.paging.Paged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users administered without SQL. The system administrator creates accounts (with the first role and scope),
 * edits names and contact details, deactivates and reactivates, and sets a temporary password; the security
 * administrator changes roles and scopes afterwards, and alone gives the three administrator roles (三员分立).
 * Every change is kept with who, when, before and after; nothing is deleted.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,32}");
    private static final Pattern CERTIFICATE = Pattern.compile("[0-9A-Za-z\\-]{4,32}");
    private static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Bureaus bureaus;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final EnterpriseRegistry enterprises;

    UserAdministration(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, Bureaus bureaus,
                       BusinessClock clock, ApplicationEventPublisher events,
                       FindByIndexNameSessionRepository<? extends Session> sessions, EnterpriseRegistry enterprises) {
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.bureaus = bureaus;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
    }

    /** A user as the administration pages show it. */
    public record UserProfile(String username, String displayName, Role role, String scope, boolean enabled,
                              boolean locked, String email, String phone, String certificateNo, Instant createdAt,
                              String createdBy, String scopeName) {
    }

    /** What the system administrator gives a new account; {@code scope} as the role needs it. */
    public record NewUser(String username, String displayName, Role role, String scope, String password,
                          String email, String phone, String certificateNo) {
    }

    /** The details anyone's account carries besides role and scope. */
    public record Details(String displayName, String email, String phone, String certificateNo) {
    }

    /** One change of an account: who, when, which field, before and after. */
    public record Change(Instant at, String by, String field, String before, String after) {
    }

    public Paged<UserProfile> search(String query, Role role, int page) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = " where (lower(u.username) like :q or lower(u.display_name) like :q or u.bureau_code like :q"
                + " or u.enterprise_uscc like :q or u.institution_code like :q)" + (role == null ? "" : " and u.role = :role");
        var count = jdbc.sql("select count(*) from app_user u" + where).param("q", like);
        if (role != null) {
            count = count.param("role", role.name());
        }
        Paged.Window window = Paged.window(count.query(Long.class).single(), page, PAGE);
        var rows = jdbc.sql(SELECT + where + " order by u.username offset :offset rows fetch next :size rows only")
                .param("q", like).param("offset", window.offset()).param("size", window.size());
        if (role != null) {
            rows = rows.param("role", role.name());
        }
        return window.of(rows.query((rs, n) -> profile(rs)).list());
    }

    public Optional<UserProfile> find(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query((rs, n) -> profile(rs)).optional();
    }

    /** Creates the account; its holder changes the password at the first sign-in. Problems on the fields named. */
    @Transactional
    public UserProfile create(Actor by, NewUser user) {
        requireRole(by, Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.reject("username", "users.error.username");
        } else if (find(username).isPresent()) {
            errors.reject("username", "users.error.taken", username);
        }
        if (user.role() == null) {
            errors.reject("role", "validation.required");
        } else if (administrative(user.role())) {
            errors.reject("role", "users.error.administratorRole");
        } else {
            checkScope(user.role(), user.scope(), errors);
        }
        checkDetails(new Details(user.displayName(), user.email(), user.phone(), user.certificateNo()), errors);
        if (user.password() == null || user.password().isEmpty()) {
            errors.reject("password", "validation.required");
        } else if (USERNAME.matcher(username).matches()) {
            policy.check("password", username, user.password(), List.of(), errors);
        }
        errors.throwIfAny();
        Timestamp now = Timestamp.from(clock.now());
        Role role = user.role();
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, bureau_code, enterprise_uscc,
                  institution_code, enabled, failed_logins, must_change_password, password_changed_at, email, phone,
                  certificate_no, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, true, 0, true, ?, ?, ?, ?, ?, ?)""")
                .params(username, passwords.encode(user.password()), user.displayName().strip(), role.name(),
                        scopeColumn(role, "bureau", user.scope()), scopeColumn(role, "enterprise", user.scope()),
                        scopeColumn(role, "institution", user.scope()), now, blank(user.email()), blank(user.phone()),
                        blank(user.certificateNo()), now, by.username())
                .update();
        record(by, username, "created", null, role.name() + " " + Objects.toString(user.scope(), ""));
        return find(username).orElseThrow();
    }

    /** Name, contact details and certificate number; each field that changed is kept with before and after. */
    @Transactional
    public UserProfile update(Actor by, String username, Details details) {
        requireRole(by, Role.ADMIN);
        UserProfile before = find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
        FieldErrors errors = new FieldErrors();
        checkDetails(details, errors);
        errors.throwIfAny();
        jdbc.sql("update app_user set display_name = ?, email = ?, phone = ?, certificate_no = ? where username = ?")
                .params(details.displayName().strip(), blank(details.email()), blank(details.phone()),
                        blank(details.certificateNo()), username).update();
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("displayName", new String[] {before.displayName(), details.displayName().strip()});
        fields.put("email", new String[] {before.email(), blank(details.email())});
        fields.put("phone", new String[] {before.phone(), blank(details.phone())});
        fields.put("certificateNo", new String[] {before.certificateNo(), blank(details.certificateNo())});
        fields.forEach((field, values) -> {
            if (!Objects.equals(values[0], values[1])) {
                record(by, username, field, values[0], values[1]);
            }
        });
        return find(username).orElseThrow();
    }

    /** The account signs in no more, and its sessions end on every node; its cases and history stay. */
    @Transactional
    public void deactivate(Actor by, String username) {
        requireRole(by, Role.ADMIN);
        if (by.username().equals(username)) {
            new FieldErrors().reject("enabled", "users.error.self").throwIfAny();
        }
        setEnabled(by, username, false);
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    @Transactional
    public void reactivate(Actor by, String username) {
        requireRole(by, Role.ADMIN);
        setEnabled(by, username, true);
    }

    /** A temporary password (keeping the policy), to be changed at the next sign-in. */
    @Transactional
    public void resetPassword(Actor by, String username, String temporary) {
        requireRole(by, Role.ADMIN);
        find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
        FieldErrors errors = new FieldErrors();
        if (temporary == null || temporary.isEmpty()) {
            errors.reject("password", "validation.required");
        } else {
            policy.check("password", username, temporary, List.of(), errors);
        }
        errors.throwIfAny();
        Timestamp now = Timestamp.from(clock.now());
        String old = jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single();
        jdbc.sql("insert into password_history (username, password_hash, changed_at) values (?, ?, ?)")
                .params(username, old, now).update();
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ?, must_change_password = true where username = ?")
                .params(passwords.encode(temporary), now, username).update();
        record(by, username, "password", null, "temporary");
    }

    /** The security administrator's: a new role and scope (the administrator roles included). */
    @Transactional
    public void changeRole(Actor by, String username, Role role, String scope) {
        requireRole(by, Role.SECURITY_ADMIN);
        UserProfile before = find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
        FieldErrors errors = new FieldErrors();
        if (role == null) {
            errors.reject("role", "validation.required");
        } else {
            checkScope(role, scope, errors);
        }
        if (by.username().equals(username)) {
            errors.reject("role", "users.error.self");
        }
        errors.throwIfAny();
        jdbc.sql("update app_user set role = ?, bureau_code = ?, enterprise_uscc = ?, institution_code = ? where username = ?")
                .params(role.name(), scopeColumn(role, "bureau", scope), scopeColumn(role, "enterprise", scope),
                        scopeColumn(role, "institution", scope), username).update();
        record(by, username, "role", before.role() + " " + Objects.toString(before.scope(), ""),
                role + " " + Objects.toString(blank(scope), ""));
        // what the account may see changed: its sessions end, and it signs in again under the new role
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    public List<Change> history(String username) {
        return jdbc.sql("""
                select changed_at, changed_by, field, before_value, after_value from user_change
                where username = ? order by changed_at, id""")
                .param(username)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The three administrator roles: given only by the security administrator. */
    public static boolean administrative(Role role) {
        return role == Role.ADMIN || role == Role.SECURITY_ADMIN || role == Role.AUDITOR;
    }

    private void setEnabled(Actor by, String username, boolean enabled) {
        UserProfile before = find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
        if (before.enabled() == enabled) {
            return;
        }
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
        record(by, username, "enabled", String.valueOf(before.enabled()), String.valueOf(enabled));
    }

    private void checkScope(Role role, String scope, FieldErrors errors) {
        String s = blank(scope);
        switch (role) {
            case HANDLER, SUPERVISOR -> {
                if (s == null || !bureaus.isActive(s)) {
                    errors.reject("scope", "users.error.bureau");
                }
            }
            case ENTERPRISE -> {
                if (s == null || !enterprises.isRegistered(s)) {
                    errors.reject("scope", "users.error.enterprise");
                }
            }
            case INSTITUTION -> {
                if (s == null || jdbc.sql("select count(*) from institution where code = ? and active = true").param(s)
                        .query(Integer.class).single() == 0) {
                    errors.reject("scope", "users.error.institution");
                }
            }
            case ADMIN, SECURITY_ADMIN, AUDITOR -> {
                if (s != null) {
                    errors.reject("scope", "users.error.noScope");
                }
            }
        }
    }

    private static void checkDetails(Details details, FieldErrors errors) {
        String name = details.displayName() == null ? "" : details.displayName().strip();
        if (name.isEmpty()) {
            errors.reject("displayName", "validation.required");
        } else if (name.length() > 100) {
            errors.reject("displayName", "validation.tooLong", 100);
        }
        check(details.email(), EMAIL, "email", "users.error.email", errors);
        check(details.phone(), PHONE, "phone", "users.error.phone", errors);
        check(details.certificateNo(), CERTIFICATE, "certificateNo", "users.error.certificate", errors);
    }

    private static void check(String value, Pattern pattern, String field, String code, FieldErrors errors) {
        String v = blank(value);
        if (v != null && (v.length() > 200 || !pattern.matcher(v).matches())) {
            errors.reject(field, code);
        }
    }

    private void record(Actor by, String username, String field, String before, String after) {
        jdbc.sql("""
                insert into user_change (username, changed_at, changed_by, field, before_value, after_value)
                values (?, ?, ?, ?, ?, ?)""")
                .params(username, Timestamp.from(clock.now()), by.username(), field, before, after).update();
        events.publishEvent(new AccountChanged(by.username(), username,
                field + ": " + Objects.toString(before, "—") + " → " + Objects.toString(after, "—")));
    }

    private static void requireRole(Actor by, Role role) {
        if (!by.is(role)) {
            throw new AccessDeniedException("This change is the " + role + "'s");
        }
    }

    private static String scopeColumn(Role role, String column, String scope) {
        String s = blank(scope);
        return switch (column) {
            case "bureau" -> role == Role.HANDLER || role == Role.SUPERVISOR ? s : null;
            case "enterprise" -> role == Role.ENTERPRISE ? s : null;
            default -> role == Role.INSTITUTION ? s : null;
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String SELECT = """
            select u.username, u.display_name, u.role, coalesce(u.bureau_code, u.enterprise_uscc, u.institution_code),
              u.enabled, u.locked_until, u.email, u.phone, u.certificate_no, u.created_at, u.created_by,
              coalesce(b.name, i.name)
            from app_user u left join bureau b on b.code = u.bureau_code
              left join institution i on i.code = u.institution_code""";

    private UserProfile profile(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp(6);
        Timestamp created = rs.getTimestamp(10);
        return new UserProfile(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                rs.getBoolean(5), locked != null && locked.toInstant().isAfter(clock.now()), rs.getString(7),
                rs.getString(8), rs.getString(9), created == null ? null : created.toInstant(), rs.getString(11),
                rs.getString(12));
    }
}
