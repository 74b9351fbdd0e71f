package org.qualityloop.oversight;

import org.qualityloop.process.OpenTask;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qualityloop.process.Bpmn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who is told about a task: its holder, the members of its candidate groups, the case's supervisors. */
@Component
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assignee; while nobody has claimed it, everyone who may (enterprises are told separately). */
    Set<String> holdersOf(OpenTask task) {
        if (task.assignee() != null) {
            return Set.of(task.assignee());
        }
        Set<String> found = new LinkedHashSet<>();
        for (String group : task.candidateGroups().split(",")) {
            if (group.startsWith(Bpmn.Group.HANDLER)) {
                found.addAll(users("HANDLER", "bureau_code", group.substring(Bpmn.Group.HANDLER.length())));
            } else if (group.startsWith(Bpmn.Group.INSTITUTION)) {
                found.addAll(users("INSTITUTION", "institution_code", group.substring(Bpmn.Group.INSTITUTION.length())));
            } else if (group.startsWith(Bpmn.Group.SUPERVISOR)) {
                found.addAll(supervisorsOf(group.substring(Bpmn.Group.SUPERVISOR.length())));
            }
        }
        return found;
    }

    Set<String> enterpriseOf(OpenTask task) {
        Set<String> found = new LinkedHashSet<>();
        for (String group : task.candidateGroups().split(",")) {
            if (group.startsWith(Bpmn.Group.ENTERPRISE)) {
                found.addAll(users("ENTERPRISE", "enterprise_uscc", group.substring(Bpmn.Group.ENTERPRISE.length())));
            }
        }
        return found;
    }

    /** The supervisors nearest the bureau: its own, or else those of the first bureau above it that has some. */
    Set<String> supervisorsOf(String bureauCode) {
        String path = jdbc.sql("select tree_path from bureau where code = ?").param(bureauCode)
                .query(String.class).optional().orElse("/" + bureauCode + "/");
        List<String> upwards = new ArrayList<>(List.of(path.substring(1, path.length() - 1).split("/")));
        java.util.Collections.reverse(upwards);
        for (String bureau : upwards) {
            List<String> supervisors = users("SUPERVISOR", "bureau_code", bureau);
            if (!supervisors.isEmpty()) {
                return new LinkedHashSet<>(supervisors);
            }
        }
        return Set.of();
    }

    private List<String> users(String role, String column, String value) {
        return jdbc.sql("select username from app_user where enabled = true and role = ? and " + column
                        + " = ? order by username")
                .params(role, value).query(String.class).list();
    }
}
