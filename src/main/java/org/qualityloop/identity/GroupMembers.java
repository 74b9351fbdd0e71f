package org.qualityloop.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who holds a candidate group, who supervises a bureau, and where a user is reached: read from the accounts. */
@Component
public class GroupMembers {

    private final JdbcClient jdbc;
    private final Bureaus bureaus;

    GroupMembers(JdbcClient jdbc, Bureaus bureaus) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
    }

    /** The active staff and institution users of the groups; enterprises are told on their own channel. */
    public Set<String> staffOf(Collection<String> groups) {
        Set<String> found = new LinkedHashSet<>();
        for (String group : groups) {
            if (group.startsWith(CandidateGroup.HANDLER)) {
                found.addAll(users(Role.HANDLER, "bureau_code", group.substring(CandidateGroup.HANDLER.length())));
            } else if (group.startsWith(CandidateGroup.INSTITUTION)) {
                found.addAll(users(Role.INSTITUTION, "institution_code",
                        group.substring(CandidateGroup.INSTITUTION.length())));
            } else if (group.startsWith(CandidateGroup.SUPERVISOR)) {
                found.addAll(supervisorsNearest(group.substring(CandidateGroup.SUPERVISOR.length())));
            }
        }
        return found;
    }

    /** The active enterprise users among the groups. */
    public Set<String> enterprisesOf(Collection<String> groups) {
        Set<String> found = new LinkedHashSet<>();
        for (String group : groups) {
            if (group.startsWith(CandidateGroup.ENTERPRISE)) {
                found.addAll(users(Role.ENTERPRISE, "enterprise_uscc",
                        group.substring(CandidateGroup.ENTERPRISE.length())));
            }
        }
        return found;
    }

    /** The supervisors nearest the bureau: its own, or else those of the first bureau above it that has some. */
    public Set<String> supervisorsNearest(String bureauCode) {
        String path = bureaus.find(bureauCode).map(Bureaus.Bureau::path).orElse("/" + bureauCode + "/");
        List<String> upwards = new ArrayList<>(List.of(path.substring(1, path.length() - 1).split("/")));
        Collections.reverse(upwards);
        for (String bureau : upwards) {
            List<String> supervisors = users(Role.SUPERVISOR, "bureau_code", bureau);
            if (!supervisors.isEmpty()) {
                return new LinkedHashSet<>(supervisors);
            }
        }
        return Set.of();
    }

    /** Active handlers and supervisors of the bureaus: username to display name, in name order. */
    public Map<String, String> staffIn(Collection<String> bureauCodes) {
        Map<String, String> found = new LinkedHashMap<>();
        if (bureauCodes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select username, display_name from app_user where enabled = true and role in ('HANDLER', 'SUPERVISOR')
                  and bureau_code in (:scope) order by display_name, username""")
                .param("scope", bureauCodes)
                .query((rs, n) -> found.put(rs.getString(1), rs.getString(2))).list();
        return found;
    }

    /** The user's mail address, if the user exists and has one. */
    public Optional<String> emailOf(String username) {
        return jdbc.sql("select email from app_user where username = ?").param(username)
                .query(String.class).optional();
    }

    /** Whether a user of that name exists (enabled or not). */
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    private List<String> users(Role role, String column, String value) {
        return jdbc.sql("select username from app_user where enabled = true and role = ? and " + column
                        + " = ? order by username")
                .params(role.name(), value).query(String.class).list();
    }
}
