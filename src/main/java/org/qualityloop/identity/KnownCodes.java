package org.qualityloop.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the registry knows of the codes one request names, in one read: a registration waits on each round trip. */
@Repository
public class KnownCodes {

    /** The codes among those asked that are bureaus, and whether the institution asked is an active one. */
    public record Known(Set<String> bureaus, boolean institutionActive) {
    }

    private final JdbcClient jdbc;

    KnownCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Known of(Collection<String> bureauCodes, String institution) {
        Set<String> bureaus = new HashSet<>();
        boolean[] active = {false};
        jdbc.sql("select 'B', code from bureau where code in (:bureaus)"
                        + " union all select 'I', code from institution where code = :institution and active = true")
                // no code is empty: an empty list still makes a valid statement
                .param("bureaus", bureauCodes.isEmpty() ? Set.of("") : Set.copyOf(bureauCodes))
                .param("institution", institution == null ? "" : institution)
                .query(rs -> {
                    if ("B".equals(rs.getString(1))) {
                        bureaus.add(rs.getString(2));
                    } else {
                        active[0] = true;
                    }
                });
        return new Known(Set.copyOf(bureaus), active[0]);
    }
}
