package org.qualityloop.casefile;

import java.util.UUID;
import org.qualityloop.identity.Actor;

/**
 * A stage that brings a party into a case after intake (a re-test institution, say) tells the scope rule so
 * here, and keeps the record of it in its own tables.
 */
public interface CaseParticipation {

    /** Whether the stage has made this actor a party to the case. */
    boolean involves(Actor actor, UUID caseId);
}
