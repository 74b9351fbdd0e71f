package org.qualityloop.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enterprises known to the service, keyed by credit code; the first registration names them. */
@Repository
public class Enterprises {

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void register(Party party) {
        boolean known = jdbc.sql("select count(*) from enterprise where uscc = ?").param(party.uscc())
                .query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("insert into enterprise (uscc, name, address) values (?, ?, ?)")
                    .params(party.uscc(), party.name(), party.address()).update();
        }
    }
}
