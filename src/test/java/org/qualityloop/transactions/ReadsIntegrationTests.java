package org.qualityloop.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads sent together come back each with its own rows, in the order added; one after a row lock sees what the lock's
 * holder committed while it was awaited.
 */
@QualityLoopIntegrationTest
public class ReadsIntegrationTests {

    private static final String KIND = "reads-test";
    private static final String REASON = "select reason from follow_up where kind = ? and subject = ?";

    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;

    @AfterEach
    void forget() {
        jdbc.sql("delete from follow_up where kind = ?").param(KIND).update();
    }

    @Test
    void eachComesBackWithItsOwnRowsInTheOrderAdded() {
        add("a", "first");
        add("b", "second");
        add("c", "third");
        Reads reads = new Reads();
        Supplier<List<String>> one = reads.add(REASON, (rs, n) -> rs.getString(1), KIND, "b");
        Supplier<List<String>> none = reads.add(REASON, (rs, n) -> rs.getString(1), KIND, "nobody");
        Supplier<List<String>> all = reads.add(
                "select subject from follow_up where kind = ? and reason <> ? order by id", (rs, n) -> rs.getString(1),
                KIND, "second");
        transactions.executeWithoutResult(tx -> new Reads().add(reads).run(template));
        assertThat(one.get()).containsExactly("second");
        assertThat(none.get()).isEmpty();
        assertThat(all.get()).containsExactly("a", "c");
    }

    @Test
    void aReadAfterALockSeesWhatTheLocksHolderCommittedMeanwhile() throws Exception {
        add("locked", "before");
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> transactions.executeWithoutResult(tx -> {
                jdbc.sql("select id from follow_up where kind = ? and subject = ? for update").params(KIND, "locked")
                        .query(Long.class).single();
                held.countDown();
                sleep();
                jdbc.sql("update follow_up set reason = ? where kind = ? and subject = ?")
                        .params("changed meanwhile", KIND, "locked").update();
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Supplier<List<String>> after = transactions.execute(tx -> {
                Reads reads = new Reads();
                reads.add("select id from follow_up where kind = ? and subject = ? for update",
                        (rs, n) -> rs.getLong(1), KIND, "locked");
                Supplier<List<String>> reason = reads.add(REASON, (rs, n) -> rs.getString(1), KIND, "locked");
                reads.run(template);
                return reason;
            });
            holder.get(10, TimeUnit.SECONDS);
            assertThat(after.get()).containsExactly("changed meanwhile");
        } finally {
            other.shutdownNow();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(String subject, String reason) {
        jdbc.sql("insert into follow_up (kind, subject, reason, added_at) values (?, ?, ?, ?)")
                .params(KIND, subject, reason, Timestamp.from(Instant.now())).update();
    }
}
