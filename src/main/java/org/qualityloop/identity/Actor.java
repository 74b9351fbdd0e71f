package org.qualityloop.identity;

import java.util.Set;

/**
 * Who is acting, with the scope they act in. {@code bureaus} is the own bureau for a handler and the
 * whole subtree for a supervisor; {@code groups} are the candidate groups of the tasks they may take.
 */
public record Actor(String username, Role role, String bureauCode, String enterpriseUscc, String institutionCode,
                    Set<String> bureaus, Set<String> groups) {

    /** The engine and the service acting on their own (timers, system steps). */
    public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null, null, Set.of(), Set.of());

    public boolean is(Role r) {
        return role == r;
    }
}
