package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.transactions.FollowUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's events are written together just before it commits: a read of the log within the transaction still
 * finds every one of them, a rollback leaves none, and the chain holds across what was written early and late.
 */
@QualityLoopIntegrationTest
class CaseEventsIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired CaseEvents events;
    @Autowired CaseFiles cases;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired FollowUps followUps;

    @Test
    void aReadWithinTheTransactionFindsItsEventsAndTheCommitWritesTheRestChained() {
        CaseFile c = driver.register();
        int before = events.list(c.id()).size();
        transactions.executeWithoutResult(tx -> {
            cases.lock(c.id());
            events.system(c.id(), CaseEventType.DEADLINE_REMINDER, "first", Map.of("n", 1));
            assertThat(stored(c)).as("not yet written").isEqualTo(before);
            assertThat(events.has(c.id(), CaseEventType.DEADLINE_REMINDER)).isTrue();
            assertThat(events.list(c.id())).hasSize(before + 1);
            events.system(c.id(), CaseEventType.BUREAU_NOTIFIED, "second", Map.of("n", 2));
            events.systemAll(List.of(new CaseEvents.SystemEvent(c.id(), CaseEventType.DEADLINE_REMINDER, "third",
                    null)));
        });
        assertThat(events.list(c.id())).extracting(CaseEvent::summary).endsWith("first", "second", "third");
        assertThat(stored(c)).isEqualTo(before + 3);
        assertThat(events.firstBrokenLink()).isNull();
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        CaseFile c = driver.register();
        int before = stored(c);
        transactions.executeWithoutResult(tx -> {
            events.system(c.id(), CaseEventType.DEADLINE_REMINDER, "undone", null);
            tx.setRollbackOnly();
        });
        assertThat(stored(c)).isEqualTo(before);
        transactions.executeWithoutResult(tx -> events.system(c.id(), CaseEventType.DEADLINE_REMINDER, "kept", null));
        assertThat(events.list(c.id())).extracting(CaseEvent::summary).last().isEqualTo("kept");
        assertThat(events.firstBrokenLink()).isNull();
    }

    @Test
    void theEventsAndTheFollowUpsOfATransactionAreWrittenTogetherAtItsCommitAndOneAddedAfterAtOnce() {
        CaseFile c = driver.register();
        int before = stored(c);
        String subject = "together-" + c.id();
        transactions.executeWithoutResult(tx -> {
            events.system(c.id(), CaseEventType.DEADLINE_REMINDER, "kept", null);
            followUps.add("events-test", subject, "kept");
            assertThat(stored(c)).isEqualTo(before);
            assertThat(followUps(subject)).isZero();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    events.system(c.id(), CaseEventType.BUREAU_NOTIFIED, "after", null);
                    followUps.add("events-test", subject + "-after", "after");
                }
            });
        });
        assertThat(events.list(c.id())).extracting(CaseEvent::summary).endsWith("kept", "after");
        assertThat(followUps(subject) + followUps(subject + "-after")).isEqualTo(2);
        assertThat(events.firstBrokenLink()).isNull();
        jdbc.sql("delete from follow_up where kind = 'events-test'").update();
    }

    private long followUps(String subject) {
        return jdbc.sql("select count(*) from follow_up where subject = ?").param(subject).query(Long.class).single();
    }

    private int stored(CaseFile c) {
        return jdbc.sql("select count(*) from case_event where case_id = ?").param(c.id()).query(Integer.class)
                .single();
    }
}
