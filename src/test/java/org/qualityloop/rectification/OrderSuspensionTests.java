package org.qualityloop.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.StageFixtures.context;
import static org.qualityloop.StageFixtures.handler;
import static org.qualityloop.StageFixtures.problems;
import static org.qualityloop.StageFixtures.values;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskContext;

/** Ordering suspension and rectification (责令停业整顿): a period the order can name, always confirmed. */
class OrderSuspensionTests {

    private final OrderSuspension action = new OrderSuspension(null, null, null, null, null);
    private final TaskContext context = context(action, handler(),
            Map.of(Bpmn.Var.PROVINCE_ANNOUNCED_ON, "2026-10-01"));

    @Test
    void thePeriodIsAtLeastADayAndAtMostAYear() {
        assertThat(problems(action, context, Map.of("orderedOn", "2026-10-30", "periodDays", "0")))
                .containsEntry("periodDays", "validation.number");
        assertThat(problems(action, context, Map.of("orderedOn", "2026-10-30", "periodDays", "366")))
                .containsEntry("periodDays", "validation.number");
        assertThat(problems(action, context, Map.of("orderedOn", "2026-10-30", "periodDays", "90"))).isEmpty();
    }

    @Test
    void theOrderCannotPrecedeTheAnnouncement() {
        assertThat(problems(action, context, Map.of("orderedOn", "2026-09-30", "periodDays", "90")))
                .containsEntry("orderedOn", "task.dateBefore");
    }

    @Test
    void suspendingABusinessIsAlwaysConfirmedFirst() {
        assertThat(action.confirmation(context, values(action, Map.of("orderedOn", "2026-10-30", "periodDays", "90"))))
                .isEqualTo("confirm.suspension");
    }
}
