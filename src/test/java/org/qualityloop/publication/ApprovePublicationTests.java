package org.qualityloop.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.StageFixtures.context;
import static org.qualityloop.StageFixtures.problems;
import static org.qualityloop.StageFixtures.supervisor;
import static org.qualityloop.StageFixtures.values;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.process.TaskContext;

/** A supervisor approves what goes public; sending it back says why, approving it is confirmed first. */
class ApprovePublicationTests {

    private final ApprovePublication action = new ApprovePublication(null, null);
    private final TaskContext context = context(action, supervisor(), Map.of());

    @Test
    void sendingAnEntryBackSaysWhy() {
        assertThat(problems(action, context, Map.of("approved", "false")))
                .containsEntry("comment", "task.reasonRequired");
        assertThat(problems(action, context, Map.of("approved", "false", "comment", "企业名称有误"))).isEmpty();
    }

    @Test
    void publishingIsConfirmedFirstAndSendingBackIsNot() {
        assertThat(action.confirmation(context, values(action, Map.of("approved", "true"))))
                .isEqualTo("confirm.publication");
        assertThat(action.confirmation(context, values(action, Map.of("approved", "false", "comment", "x")))).isNull();
    }
}
