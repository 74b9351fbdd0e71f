package org.qualityloop.casefile;

import org.qualityloop.identity.EnterpriseRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enterprises known to the service, keyed by credit code; the first registration names them. */
@Repository
public class Enterprises implements EnterpriseRegistry {

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(String uscc) {
        return jdbc.sql("select count(*) from enterprise where uscc = ?").param(uscc).query(Integer.class).single() > 0;
    }

    public void register(Party party) {
        if (!isRegistered(party.uscc())) {
            jdbc.sql("insert into enterprise (uscc, name, address) values (?, ?, ?)")
                    .params(party.uscc(), party.name(), party.address()).update();
        }
    }
}
