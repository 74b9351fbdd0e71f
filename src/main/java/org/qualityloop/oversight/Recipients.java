package org.qualityloop.oversight;

import java.util.Set;
import org.qualityloop.identity.GroupMembers;
import org.qualityloop.process.OpenTask;
import org.springframework.stereotype.Component;

/** Who is told about a task: its holder, the members of its candidate groups, the case's supervisors. */
@Component
class Recipients {

    private final GroupMembers members;

    Recipients(GroupMembers members) {
        this.members = members;
    }

    /** The assignee; while nobody has claimed it, everyone who may (enterprises are told separately). */
    Set<String> holdersOf(OpenTask task) {
        return task.assignee() != null ? Set.of(task.assignee()) : members.staffOf(task.groups());
    }

    Set<String> enterpriseOf(OpenTask task) {
        return members.enterprisesOf(task.groups());
    }

    Set<String> supervisorsOf(String bureauCode) {
        return members.supervisorsNearest(bureauCode);
    }
}
