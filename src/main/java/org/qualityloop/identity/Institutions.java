package org.qualityloop.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspection institutions; those able to re-test form the list a re-test is drawn from. */
@Repository
public class Institutions {

    public record Institution(String code, String name) {
    }

    private final JdbcClient jdbc;

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The institutions a re-test may go to: active, able to re-test, and with at least one active user to receive the
     * sample and record the result; one without would leave the case at a task nobody can do.
     */
    public List<Institution> retestCapable() {
        return jdbc.sql("""
                select code, name from institution i where retest_capable and active and exists (select 1 from app_user u
                  where u.institution_code = i.code and u.role = 'INSTITUTION' and u.enabled = true)
                order by code""")
                .query((rs, n) -> new Institution(rs.getString(1), rs.getString(2))).list();
    }

    /** The institution's name for a person to read; the text itself when it is no institution's code. */
    public String nameOf(String code) {
        return code == null ? "" : jdbc.sql("select name from institution where code = ?").param(code)
                .query(String.class).optional().orElse(code);
    }

    /** Every active institution's name by its code, in code order. */
    public Map<String, String> activeNames() {
        Map<String, String> names = new TreeMap<>();
        jdbc.sql("select code, name from institution where active = true")
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    public void add(String code, String name, boolean retestCapable) {
        jdbc.sql("insert into institution (code, name, retest_capable) values (?, ?, ?)")
                .params(code, name, retestCapable).update();
    }
}
