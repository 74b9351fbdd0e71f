package org.qualityloop.casefile;

import java.util.UUID;
import org.qualityloop.identity.Actor;
import org.springframework.stereotype.Component;

/** Who may see a case: the one scope rule, applied on every read and before every write. */
@Component
public class CaseAccess {

    private final CaseFiles cases;
    private final java.util.List<CaseParticipation> participations;

    CaseAccess(CaseFiles cases, java.util.List<CaseParticipation> participations) {
        this.cases = cases;
        this.participations = participations;
    }

    public boolean canSee(Actor actor, CaseFile c) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case AUDITOR, SECURITY_ADMIN -> false;
            case HANDLER, SUPERVISOR -> actor.bureaus().contains(c.bureauCode());
            case ENTERPRISE -> c.enterpriseUscc().equals(actor.enterpriseUscc());
            case INSTITUTION -> actor.username().equals(c.intake().registeredBy())
                    || participations.stream().anyMatch(p -> p.involves(actor, c.id()));
        };
    }

    /** The case if the actor may see it; otherwise not found, exactly as for a case that does not exist. */
    public CaseFile visible(Actor actor, UUID id) {
        return cases.findById(id).filter(c -> canSee(actor, c)).orElseThrow(() -> new CaseNotFoundException(id));
    }
}
