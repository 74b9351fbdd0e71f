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
 * The bureau tree administered by the system administrator: add a bureau under its parent (keyed by its
 * administrative region code, GB/T 2260), rename it and set its letterhead, document-number prefix and contact
 * details, move it with everything below, deactivate and reactivate it. Nothing is removed.
 */
@Service
public class BureauAdministration {

    static final String KIND = "bureau";
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,20}");

    /** A bureau as the administration pages show it; {@code depth} from 0 for the province. */
    public record BureauRecord(String code, String name, String parentCode, int depth, String letterheadName,
                               String numberPrefix, String phone, String address, boolean active, int activeUsers,
                               String reconsiderationBody, String court) {
    }

    /**
     * What the administrator sets on a bureau besides its place in the tree; the body for 行政复议 and the court for
     * 行政诉讼 that its decisions name, when not the people's government and court of its place.
     */
    public record Details(String name, String letterheadName, String numberPrefix, String phone, String address,
                          String reconsiderationBody, String court) {
    }

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private final RegistryChanges changes;

    BureauAdministration(JdbcClient jdbc, Bureaus bureaus, RegistryChanges changes) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.changes = changes;
    }

    /** The whole tree, parents before children. */
    public List<BureauRecord> tree() {
        return jdbc.sql(SELECT + " order by b.tree_path").query((rs, n) -> record(rs)).list();
    }

    public Optional<BureauRecord> find(String code) {
        return jdbc.sql(SELECT + " where b.code = ?").param(code).query((rs, n) -> record(rs)).optional();
    }

    @Transactional
    public BureauRecord create(Actor by, String code, String parentCode, Details details) {
        requireAdmin(by);
        FieldErrors errors = new FieldErrors();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            errors.reject("code", "bureaus.error.code");
        } else if (bureaus.exists(code.strip())) {
            errors.reject("code", "bureaus.error.taken", code.strip());
        }
        String parent = blank(parentCode);
        if (parent != null && find(parent).filter(BureauRecord::active).isEmpty()) {
            errors.reject("parentCode", "bureaus.error.parent");
        } else if (parent == null && !tree().isEmpty()) {
            errors.reject("parentCode", "bureaus.error.parentRequired");
        }
        check(details, errors);
        errors.throwIfAny();
        bureaus.add(code.strip(), details.name().strip(), parent);
        jdbc.sql("""
                update bureau set letterhead_name = ?, number_prefix = ?, phone = ?, address = ?, reconsideration_body = ?,
                  court = ? where code = ?""")
                .params(blank(details.letterheadName()), blank(details.numberPrefix()), blank(details.phone()),
                        blank(details.address()), blank(details.reconsiderationBody()), blank(details.court()),
                        code.strip()).update();
        changes.record(by, KIND, code.strip(), "created", null, details.name().strip() + " ← " + (parent == null ? "—" : parent));
        return find(code.strip()).orElseThrow();
    }

    @Transactional
    public BureauRecord update(Actor by, String code, Details details) {
        requireAdmin(by);
        BureauRecord before = known(code);
        FieldErrors errors = new FieldErrors();
        check(details, errors);
        errors.throwIfAny();
        jdbc.sql("""
                update bureau set name = ?, letterhead_name = ?, number_prefix = ?, phone = ?, address = ?,
                  reconsideration_body = ?, court = ? where code = ?""")
                .params(details.name().strip(), blank(details.letterheadName()), blank(details.numberPrefix()),
                        blank(details.phone()), blank(details.address()), blank(details.reconsiderationBody()),
                        blank(details.court()), code).update();
        changes.record(by, KIND, code, "name", before.name(), details.name().strip());
        changes.record(by, KIND, code, "letterheadName", before.letterheadName(), blank(details.letterheadName()));
        changes.record(by, KIND, code, "numberPrefix", before.numberPrefix(), blank(details.numberPrefix()));
        changes.record(by, KIND, code, "phone", before.phone(), blank(details.phone()));
        changes.record(by, KIND, code, "address", before.address(), blank(details.address()));
        changes.record(by, KIND, code, "reconsiderationBody", before.reconsiderationBody(),
                blank(details.reconsiderationBody()));
        changes.record(by, KIND, code, "court", before.court(), blank(details.court()));
        return find(code).orElseThrow();
    }

    /** Moves the bureau, and everything below it, under another parent (never under itself or its own subtree). */
    @Transactional
    public void move(Actor by, String code, String newParent) {
        requireAdmin(by);
        BureauRecord bureau = known(code);
        String parent = blank(newParent);
        FieldErrors errors = new FieldErrors();
        if (parent == null || find(parent).filter(BureauRecord::active).isEmpty()) {
            errors.reject("parentCode", "bureaus.error.parent");
        } else if (bureaus.subtree(code).contains(parent)) {
            errors.reject("parentCode", "bureaus.error.ownSubtree");
        }
        errors.throwIfAny();
        String oldPath = bureaus.find(code).orElseThrow().path();
        String newPath = bureaus.find(parent).orElseThrow().path() + code + "/";
        jdbc.sql("""
                update bureau set tree_path = ? || substring(tree_path from ?) where tree_path like ?""")
                .params(newPath, oldPath.length() + 1, oldPath + "%").update();
        jdbc.sql("update bureau set parent_code = ? where code = ?").params(parent, code).update();
        changes.record(by, KIND, code, "parentCode", bureau.parentCode(), parent);
    }

    /** No new case or account goes to a deactivated bureau; one with active users or active bureaus below stays. */
    @Transactional
    public void deactivate(Actor by, String code) {
        requireAdmin(by);
        BureauRecord bureau = known(code);
        FieldErrors errors = new FieldErrors();
        if (bureau.activeUsers() > 0) {
            errors.reject("active", "bureaus.error.hasUsers", bureau.activeUsers());
        } else if (tree().stream().anyMatch(b -> code.equals(b.parentCode()) && b.active())) {
            errors.reject("active", "bureaus.error.hasChildren");
        }
        errors.throwIfAny();
        setActive(by, bureau, false);
    }

    @Transactional
    public void reactivate(Actor by, String code) {
        requireAdmin(by);
        setActive(by, known(code), true);
    }

    public List<RegistryChanges.Change> history(String code) {
        return changes.of(KIND, code);
    }

    private void setActive(Actor by, BureauRecord bureau, boolean active) {
        jdbc.sql("update bureau set active = ? where code = ?").params(active, bureau.code()).update();
        changes.record(by, KIND, bureau.code(), "active", String.valueOf(bureau.active()), String.valueOf(active));
    }

    private BureauRecord known(String code) {
        return find(code).orElseThrow(() -> new AccessDeniedException("No such bureau"));
    }

    private static void check(Details details, FieldErrors errors) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty()) {
            errors.reject("name", "validation.required");
        } else if (name.length() > 100) {
            errors.reject("name", "validation.tooLong", 100);
        }
        if (blank(details.letterheadName()) != null && details.letterheadName().strip().length() > 100) {
            errors.reject("letterheadName", "validation.tooLong", 100);
        }
        if (blank(details.numberPrefix()) != null && !PREFIX.matcher(details.numberPrefix().strip()).matches()) {
            errors.reject("numberPrefix", "bureaus.error.prefix");
        }
        if (blank(details.phone()) != null && !details.phone().strip().matches("[0-9+()\\- ]{5,32}")) {
            errors.reject("phone", "users.error.phone");
        }
        if (blank(details.address()) != null && details.address().strip().length() > 200) {
            errors.reject("address", "validation.tooLong", 200);
        }
        for (String[] body : new String[][] {{"reconsiderationBody", details.reconsiderationBody()},
                {"court", details.court()}}) {
            if (blank(body[1]) != null && body[1].strip().length() > 100) {
                errors.reject(body[0], "validation.tooLong", 100);
            }
        }
    }

    static void requireAdmin(Actor by) {
        if (!by.is(Role.ADMIN)) {
            throw new AccessDeniedException("Bureaus and institutions are the system administrator's");
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String SELECT = """
            select b.code, b.name, b.parent_code, b.tree_path, b.letterhead_name, b.number_prefix, b.phone, b.address,
              b.active, (select count(*) from app_user u where u.bureau_code = b.code and u.enabled = true),
              b.reconsideration_body, b.court
            from bureau b""";

    private static BureauRecord record(ResultSet rs) throws SQLException {
        String path = rs.getString(4);
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        return new BureauRecord(rs.getString(1), rs.getString(2), rs.getString(3), depth, rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getInt(10), rs.getString(11),
                rs.getString(12));
    }
}
