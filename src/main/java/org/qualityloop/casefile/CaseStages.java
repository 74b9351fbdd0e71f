package org.qualityloop.casefile;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Called from the main process ({@code ${caseStages.enter(caseId, 'OBJECTION')}}) as it reaches each stage.
 * The model says when; the aggregate refuses a move the loop does not allow, which rolls the engine back too.
 */
@Component("caseStages")
public class CaseStages {

    private final CaseFiles cases;
    private final CaseEvents events;

    CaseStages(CaseFiles cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    public void enter(String caseId, String stage) {
        CaseFile c = load(caseId);
        Stage from = c.stage();
        c.enter(Stage.valueOf(stage));
        cases.update(c);
        events.system(c.id(), "STAGE_ENTERED", from + " → " + stage, Map.of("from", from.name(), "to", stage));
    }

    public void trackStarted(String caseId, String track) {
        events.system(UUID.fromString(caseId), track + "_STARTED", track, null);
    }

    /** When rectification ends while a penalty case still runs, the case now waits on the penalty. */
    public void trackFinished(String caseId, String track) {
        UUID id = UUID.fromString(caseId);
        events.system(id, track + "_FINISHED", track, null);
        boolean penaltyRunning = events.has(id, "PENALTY_STARTED") && !events.has(id, "PENALTY_FINISHED");
        if (Stage.RECTIFICATION.name().equals(track) && penaltyRunning) {
            CaseFile c = load(caseId);
            c.enter(Stage.PENALTY);
            cases.update(c);
        }
    }

    private CaseFile load(String caseId) {
        return cases.lock(UUID.fromString(caseId))
                .orElseThrow(() -> new IllegalStateException("Process refers to unknown case " + caseId));
    }
}
