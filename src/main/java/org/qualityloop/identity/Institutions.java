package org.qualityloop.identity;

import java.util.List;
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

    public List<Institution> retestCapable() {
        return jdbc.sql("select code, name from institution where retest_capable order by code")
                .query((rs, n) -> new Institution(rs.getString(1), rs.getString(2))).list();
    }

    public void add(String code, String name, boolean retestCapable) {
        jdbc.sql("insert into institution (code, name, retest_capable) values (?, ?, ?)")
                .params(code, name, retestCapable).update();
    }
}
