package org.qualityloop.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.StageFixtures.context;
import static org.qualityloop.StageFixtures.handler;
import static org.qualityloop.StageFixtures.problems;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskContext;

/** Recording service of the result notice: the checks before anything is stored. */
class RecordServiceTests {

    private final RecordService action = new RecordService(null, null, null, null, null);
    private final TaskContext context = context(action, handler(), Map.of(Bpmn.Var.NOTICE_ISSUED_ON, "2026-10-12"));

    @Test
    void electronicServiceNeedsASignedAddressConfirmation() {
        assertThat(problems(action, context, Map.of("method", "ELECTRONIC", "servedOn", "2026-10-13",
                "addressConfirmed", "false"))).containsEntry("addressConfirmed", "task.electronicNeedsConfirmation");
    }

    @Test
    void aNoticeCannotBeServedBeforeItWasIssued() {
        assertThat(problems(action, context, Map.of("method", "DIRECT", "servedOn", "2026-10-11",
                "addressConfirmed", "false"))).containsEntry("servedOn", "task.dateBefore");
    }

    @Test
    void directServiceOnOrAfterTheNoticeDayPasses() {
        assertThat(problems(action, context, Map.of("method", "DIRECT", "servedOn", "2026-10-12",
                "addressConfirmed", "false"))).isEmpty();
    }

    @Test
    void anUnknownMethodIsRefusedByTheForm() {
        assertThat(problems(action, context, Map.of("method", "PIGEON", "servedOn", "2026-10-12")))
                .containsEntry("method", "validation.option");
    }
}
