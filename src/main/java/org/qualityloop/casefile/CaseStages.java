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
        move(caseId, stage, null);
    }

    /**
     * The first stage, entered as the case's process instance starts, records the instance with the stage: in the
     * same write, where recording it after the start took a statement of its own in every registration.
     */
    public void enterFirst(String caseId, String stage, String processInstanceId) {
        move(caseId, stage, processInstanceId);
    }

    private void move(String caseId, String stage, String processInstanceId) {
        Stage[] from = new Stage[1];
        CaseFile c = cases.change(UUID.fromString(caseId), f -> {
            from[0] = f.stage();
            if (processInstanceId != null) {
                f.runBy(processInstanceId);
            }
            f.enter(Stage.valueOf(stage));
        });
        events.system(c.id(), CaseEventType.STAGE_ENTERED, from[0] + " → " + stage,
                Map.of("from", from[0].name(), "to", stage));
    }

    public void trackStarted(String caseId, String track) {
        events.system(UUID.fromString(caseId), CaseEventType.started(Stage.valueOf(track)), track, null);
    }

    /** When rectification ends while a penalty case still runs, the case now waits on the penalty. */
    public void trackFinished(String caseId, String track) {
        UUID id = UUID.fromString(caseId);
        events.system(id, CaseEventType.finished(Stage.valueOf(track)), track, null);
        boolean penaltyRunning = events.has(id, CaseEventType.PENALTY_STARTED)
                && !events.has(id, CaseEventType.PENALTY_FINISHED);
        if (Stage.RECTIFICATION.name().equals(track) && penaltyRunning) {
            cases.change(id, c -> c.enter(Stage.PENALTY));
        }
    }
}
