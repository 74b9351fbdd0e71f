package org.qualityloop.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officers who may act on a bureau's case: handlers and supervisors of the case's bureau or a bureau above it
 * who hold an enforcement certificate. Enforcement takes two of them (行政处罚法 Art.42): the user and a colleague.
 */
@Repository
public class EnforcementOfficers {

    private final JdbcClient jdbc;

    EnforcementOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who may act on a case of this bureau with a certificate, by name. */
    public List<Officer> of(String caseBureau) {
        return jdbc.sql("""
                select u.username, u.display_name, u.certificate_no from app_user u join bureau b on b.code = u.bureau_code
                where u.role in ('HANDLER', 'SUPERVISOR') and u.enabled = true and u.certificate_no is not null
                  and (select tree_path from bureau where code = ?) like b.tree_path || '%'
                order by u.display_name""")
                .param(caseBureau)
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The colleagues who may act with this user on a case of the bureau. */
    public List<Officer> colleagues(String username, String caseBureau) {
        return of(caseBureau).stream().filter(o -> !o.username().equals(username)).toList();
    }

    /** The user as an officer of the bureau's case, if the user holds a certificate and may act there. */
    public Optional<Officer> find(String username, String caseBureau) {
        return of(caseBureau).stream().filter(o -> o.username().equals(username)).findFirst();
    }

    /** Officers by username in the order given, whatever bureau (for a document naming those who acted before). */
    public List<Officer> named(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, Officer> found = jdbc.sql("select username, display_name, certificate_no from app_user where username in (:names)")
                .param("names", Set.copyOf(usernames))
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2), rs.getString(3))).list().stream()
                .collect(Collectors.toMap(Officer::username, Function.identity()));
        return usernames.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
