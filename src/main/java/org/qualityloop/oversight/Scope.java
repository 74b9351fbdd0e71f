package org.qualityloop.oversight;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The bureaus an actor oversees: a supervisor its bureau and those below, a handler its own, an
 * administrator all. Narrowing to one bureau keeps its subtree and never leaves the actor's scope.
 */
@Component
public class Scope {

    private final Bureaus bureaus;

    Scope(Bureaus bureaus) {
        this.bureaus = bureaus;
    }

    public Set<String> of(Actor actor) {
        if (actor.is(Role.ADMIN)) {
            return new TreeSet<>(bureaus.all().stream().map(Bureaus.Bureau::code).toList());
        }
        if (actor.is(Role.HANDLER) || actor.is(Role.SUPERVISOR)) {
            return new TreeSet<>(actor.bureaus());
        }
        return Set.of();
    }

    /** The part of the actor's scope at or below {@code bureau}; all of it when no bureau is given. */
    public Set<String> narrowed(Actor actor, String bureau) {
        Set<String> scope = of(actor);
        if (bureau == null || bureau.isBlank()) {
            return scope;
        }
        List<String> subtree = bureaus.subtree(bureau);
        Set<String> result = new TreeSet<>(scope);
        result.retainAll(subtree);
        return result;
    }
}
