package org.qualityloop.casefile;

import java.util.UUID;
import org.qualityloop.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may see a case: the one scope rule, applied on every read and before every write. */
@Component
public class CaseAccess {

    private final CaseFiles cases;
    private final JdbcClient jdbc;

    CaseAccess(CaseFiles cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    public boolean canSee(Actor actor, CaseFile c) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case HANDLER, SUPERVISOR -> actor.bureaus().contains(c.bureauCode());
            case ENTERPRISE -> c.enterpriseUscc().equals(actor.enterpriseUscc());
            case INSTITUTION -> actor.username().equals(c.intake().registeredBy()) || retestSentTo(c.id(), actor);
        };
    }

    /** The case if the actor may see it; otherwise not found, exactly as for a case that does not exist. */
    public CaseFile visible(Actor actor, UUID id) {
        return cases.findById(id).filter(c -> canSee(actor, c)).orElseThrow(() -> new CaseNotFoundException(id));
    }

    private boolean retestSentTo(UUID caseId, Actor actor) {
        return jdbc.sql("select count(*) from retest where case_id = ? and institution_code = ?")
                .params(caseId, actor.institutionCode()).query(Integer.class).single() > 0;
    }
}
