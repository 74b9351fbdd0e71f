package org.qualityloop.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qualityloop.forms.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection institutions administered by the system administrator: code, name, accreditation number (资质认定
 * 证书编号), whether they take re-tests, their users; deactivated, never removed. A re-test is drawn only among
 * active institutions that take re-tests and have an active user.
 */
@Service
public class InstitutionAdministration {

    static final String KIND = "institution";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    /** An institution as the administration pages show it. */
    public record InstitutionRecord(String code, String name, String accreditationNo, boolean retestCapable,
                                    boolean active, List<String> users) {
    }

    /** What the administrator sets on an institution. */
    public record Details(String name, String accreditationNo, boolean retestCapable) {
    }

    private final JdbcClient jdbc;
    private final RegistryChanges changes;

    InstitutionAdministration(JdbcClient jdbc, RegistryChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public List<InstitutionRecord> all() {
        return jdbc.sql(SELECT + " order by code").query((rs, n) -> record(rs)).list().stream()
                .map(this::withUsers).toList();
    }

    public Optional<InstitutionRecord> find(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query((rs, n) -> record(rs)).optional()
                .map(this::withUsers);
    }

    @Transactional
    public InstitutionRecord create(Actor by, String code, Details details) {
        BureauAdministration.requireAdmin(by);
        FieldErrors errors = new FieldErrors();
        String key = code == null ? "" : code.strip();
        if (!CODE.matcher(key).matches()) {
            errors.reject("code", "institutions.error.code");
        } else if (find(key).isPresent()) {
            errors.reject("code", "institutions.error.taken", key);
        }
        check(details, errors);
        errors.throwIfAny();
        jdbc.sql("insert into institution (code, name, retest_capable, accreditation_no, active) values (?, ?, ?, ?, true)")
                .params(key, details.name().strip(), details.retestCapable(),
                        BureauAdministration.blank(details.accreditationNo())).update();
        changes.record(by, KIND, key, "created", null, details.name().strip());
        return find(key).orElseThrow();
    }

    @Transactional
    public InstitutionRecord update(Actor by, String code, Details details) {
        BureauAdministration.requireAdmin(by);
        InstitutionRecord before = known(code);
        FieldErrors errors = new FieldErrors();
        check(details, errors);
        errors.throwIfAny();
        jdbc.sql("update institution set name = ?, accreditation_no = ?, retest_capable = ? where code = ?")
                .params(details.name().strip(), BureauAdministration.blank(details.accreditationNo()),
                        details.retestCapable(), code).update();
        changes.record(by, KIND, code, "name", before.name(), details.name().strip());
        changes.record(by, KIND, code, "accreditationNo", before.accreditationNo(),
                BureauAdministration.blank(details.accreditationNo()));
        changes.record(by, KIND, code, "retestCapable", String.valueOf(before.retestCapable()),
                String.valueOf(details.retestCapable()));
        return find(code).orElseThrow();
    }

    @Transactional
    public void setActive(Actor by, String code, boolean active) {
        BureauAdministration.requireAdmin(by);
        InstitutionRecord before = known(code);
        jdbc.sql("update institution set active = ? where code = ?").params(active, code).update();
        changes.record(by, KIND, code, "active", String.valueOf(before.active()), String.valueOf(active));
    }

    public List<RegistryChanges.Change> history(String code) {
        return changes.of(KIND, code);
    }

    private InstitutionRecord known(String code) {
        return find(code).orElseThrow(() -> new AccessDeniedException("No such institution"));
    }

    private static void check(Details details, FieldErrors errors) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty()) {
            errors.reject("name", "validation.required");
        } else if (name.length() > 200) {
            errors.reject("name", "validation.tooLong", 200);
        }
        String accreditation = BureauAdministration.blank(details.accreditationNo());
        if (accreditation != null && !accreditation.matches("[0-9A-Za-z\\-]{4,64}")) {
            errors.reject("accreditationNo", "institutions.error.accreditation");
        }
    }

    private InstitutionRecord withUsers(InstitutionRecord record) {
        List<String> users = jdbc.sql("""
                select display_name || ' (' || username || ')' from app_user
                where institution_code = ? and enabled = true order by username""")
                .param(record.code()).query(String.class).list();
        return new InstitutionRecord(record.code(), record.name(), record.accreditationNo(), record.retestCapable(),
                record.active(), users);
    }

    private static final String SELECT = "select code, name, accreditation_no, retest_capable, active from institution";

    private static InstitutionRecord record(ResultSet rs) throws SQLException {
        return new InstitutionRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getBoolean(5), List.of());
    }
}
