package org.qualityloop.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a transaction writes down to follow it commits or rolls back with it, once however often it was added, and
 * is done later in batches; a subject whose handling fails holds up only itself and stays for the next run.
 */
@QualityLoopIntegrationTest
class FollowUpsIntegrationTests {

    @Autowired FollowUps followUps;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    /** Records what it was given; refuses the subject "bad", in a batch or alone. */
    static final class Recording implements FollowUp {
        final String kind;
        final List<Map<String, String>> batches = new ArrayList<>();

        Recording(String kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public void handle(Map<String, String> reasonBySubject) {
            batches.add(Map.copyOf(reasonBySubject));
            if (reasonBySubject.containsKey("bad")) {
                throw new IllegalStateException("bad subject");
            }
        }
    }

    @Test
    void writtenOnceWithTheCommitAndNothingForARollback() {
        Recording handler = new Recording("test.commit");
        transactions.executeWithoutResult(tx -> {
            followUps.add(handler.kind(), "a", "FIRST");
            followUps.add(handler.kind(), "b", "FIRST");
            followUps.add(handler.kind(), "a", "SECOND");
            assertThat(waiting(handler)).as("nothing written before the commit").isZero();
        });
        transactions.executeWithoutResult(tx -> {
            followUps.add(handler.kind(), "c", "UNDONE");
            tx.setRollbackOnly();
        });
        assertThat(waiting(handler)).isEqualTo(2);

        assertThat(followUps.run(handler)).isEqualTo(2);
        assertThat(handler.batches).containsExactly(Map.of("a", "SECOND", "b", "FIRST"));
        assertThat(waiting(handler)).as("done, so gone").isZero();
        assertThat(followUps.run(handler)).isZero();
    }

    @Test
    void aSubjectThatFailsStaysAndTheOthersAreDone() {
        Recording handler = new Recording("test.failing");
        transactions.executeWithoutResult(tx -> List.of("x", "bad", "y")
                .forEach(subject -> followUps.add(handler.kind(), subject, "R")));

        assertThat(followUps.run(handler)).isEqualTo(2);
        assertThat(handler.batches).containsExactly(Map.of("x", "R", "bad", "R", "y", "R"), Map.of("x", "R"),
                Map.of("bad", "R"), Map.of("y", "R"));
        assertThat(jdbc.sql("select subject from follow_up where kind = ?").param(handler.kind()).query(String.class)
                .list()).containsExactly("bad");
    }

    @Test
    void outsideATransactionWrittenAtOnce() {
        Recording handler = new Recording("test.alone");
        followUps.add(handler.kind(), "z", "R");
        assertThat(waiting(handler)).isEqualTo(1);
        assertThat(followUps.run(handler)).isEqualTo(1);
    }

    private long waiting(FollowUp handler) {
        return jdbc.sql("select count(*) from follow_up where kind = ?").param(handler.kind()).query(Long.class)
                .single();
    }
}
