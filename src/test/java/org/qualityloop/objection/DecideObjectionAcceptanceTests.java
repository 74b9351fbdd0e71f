package org.qualityloop.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.StageFixtures.context;
import static org.qualityloop.StageFixtures.handler;
import static org.qualityloop.StageFixtures.problems;
import static org.qualityloop.StageFixtures.values;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskContext;

/** Deciding whether an objection is taken up: a refusal gives its reason and is confirmed first. */
class DecideObjectionAcceptanceTests {

    private final DecideObjectionAcceptance action = new DecideObjectionAcceptance(null, null, null, null);
    private final TaskContext context = context(action, handler(),
            Map.of(Bpmn.Var.OBJECTION_RECEIVED_ON, "2026-10-20"));

    @Test
    void aRefusalMustGiveItsReason() {
        assertThat(problems(action, context, Map.of("accepted", "false", "retest", "false", "decidedOn", "2026-10-21")))
                .containsEntry("reason", "task.reasonRequired");
    }

    @Test
    void aDecisionCannotPrecedeTheObjection() {
        assertThat(problems(action, context, Map.of("accepted", "true", "retest", "true", "decidedOn", "2026-10-19")))
                .containsEntry("decidedOn", "task.dateBefore");
    }

    @Test
    void onlyARefusalAsksForConfirmation() {
        assertThat(action.confirmation(context, values(action, Map.of("accepted", "false", "retest", "false",
                "reason", "超过异议期限", "decidedOn", "2026-10-21")))).isEqualTo("confirm.objectionRefused");
        assertThat(action.confirmation(context, values(action, Map.of("accepted", "true", "retest", "true",
                "decidedOn", "2026-10-21")))).isNull();
    }
}
