package org.qualityloop.identity;

import java.util.Set;

/**
 * Who is acting, with the scope they act in. {@code bureaus} is the own bureau for a handler and the
 * whole subtree for a supervisor; {@code groups} are the candidate groups of the tasks they may take.
 * Serializable because the signed-in account lives in the database-backed session.
 */
public record Actor(String username, Role role, String bureauCode, String enterpriseUscc, String institutionCode,
                    Set<String> bureaus, Set<String> groups) implements java.io.Serializable {

    public boolean is(Role r) {
        return role == r;
    }
}
