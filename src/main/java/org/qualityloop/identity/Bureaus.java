package org.qualityloop.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bureau tree (province > city > county), keyed by the 6-digit administrative region code. */
@Repository
public class Bureaus {

    public record Bureau(String code, String name, String parentCode, String path) {
    }

    private final JdbcClient jdbc;

    Bureaus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Bureau> find(String code) {
        return jdbc.sql("select code, name, parent_code, tree_path from bureau where code = ?").param(code)
                .query((rs, n) -> new Bureau(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Every bureau, parents before children (the tree path sorts that way). */
    public List<Bureau> all() {
        return jdbc.sql("select code, name, parent_code, tree_path from bureau order by tree_path")
                .query((rs, n) -> new Bureau(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every bureau's name by its code, in one query (there are a few hundred in a province). */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select code, name from bureau").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }


    /** The bureau's name, or its code when no such bureau is known. */
    public String nameOf(String code) {
        return find(code).map(Bureau::name).orElse(code);
    }

    /** The prefix of the bureau's document numbers (370983检告〔2026〕1号); its code unless the administrator set one. */
    public String numberPrefix(String code) {
        return issuer(code).numberPrefix();
    }

    /** The name on the bureau's letterhead; its name unless the administrator set another. */
    public String letterheadOf(String code) {
        return jdbc.sql("select coalesce(letterhead_name, name) from bureau where code = ?").param(code)
                .query(String.class).optional().orElse(code);
    }

    /**
     * Where a party turns against the bureau's decision (行政处罚法 Art.59): the bodies the administrator named, or
     * null for the documents to name the people's government and court of the bureau's place ({@code place}:
     * 肥城市 for 肥城市市场监督管理局; 行政复议法 2023 Art.24, 行政诉讼法 Art.18).
     */
    public record Remedies(String place, String reconsiderationBody, String court) {
    }

    /** What a document names of the bureau issuing it: its name, its numbers' prefix and the party's remedies. */
    public record Issuer(String name, String numberPrefix, Remedies remedies) {
    }

    /** The bureau as its documents name it, in one read; its code in every place when no such bureau is known. */
    public Issuer issuer(String code) {
        return jdbc.sql("""
                select name, coalesce(number_prefix, code), reconsideration_body, court from bureau where code = ?""")
                .param(code)
                .query((rs, n) -> issuer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(unknownIssuer(code));
    }

    static Issuer issuer(String name, String numberPrefix, String reconsiderationBody, String court) {
        return new Issuer(name, numberPrefix, new Remedies(name.replace("市场监督管理局", ""), reconsiderationBody, court));
    }

    /** A code no bureau has: named by itself in every place. */
    static Issuer unknownIssuer(String code) {
        return new Issuer(code, code, new Remedies(code, null, null));
    }

    /** An existing bureau that takes new accounts and cases. */
    public boolean isActive(String code) {
        return code != null && jdbc.sql("select count(*) from bureau where code = ? and active = true").param(code)
                .query(Integer.class).single() > 0;
    }

    public boolean exists(String code) {
        return code != null && find(code).isPresent();
    }

    /** The bureau and every bureau below it. */
    public List<String> subtree(String code) {
        return jdbc.sql("select code from bureau where tree_path like (select tree_path from bureau where code = ?) || '%'")
                .param(code).query(String.class).list();
    }

    public void add(String code, String name, String parentCode) {
        String path = parentCode == null ? "/" + code + "/"
                : find(parentCode).orElseThrow().path() + code + "/";
        jdbc.sql("insert into bureau (code, name, parent_code, tree_path) values (?, ?, ?, ?)")
                .params(code, name, parentCode, path).update();
    }
}
