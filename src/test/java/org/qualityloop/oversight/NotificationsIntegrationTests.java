package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's notifications go to the database with the rest it writes before it commits: a read of them within
 * the transaction still finds them, the commit keeps every one, a rollback none.
 */
@QualityLoopIntegrationTest
class NotificationsIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void readWithinTheTransactionKeptByItsCommitAndLostWithItsRollback() {
        CaseFile c = driver.register();
        long before = stored(c);
        transactions.executeWithoutResult(tx -> {
            notifications.notifyOfDocument(List.of("enterprise1", "handler1"), c.id(), "kept", LocalDate.of(2027, 1, 8));
            assertThat(stored(c)).as("not yet written").isEqualTo(before);
            long counted = notifications.count("enterprise1");
            assertThat(stored(c)).isEqualTo(before + 2);
            notifications.notifyOfDocument(List.of("enterprise1"), c.id(), "later", null);
            assertThat(notifications.count("enterprise1")).isEqualTo(counted + 1);
        });
        assertThat(stored(c)).isEqualTo(before + 3);
        transactions.executeWithoutResult(tx -> {
            notifications.notifyOfDocument(List.of("enterprise1"), c.id(), "undone", null);
            tx.setRollbackOnly();
        });
        assertThat(stored(c)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select subject from notification where case_id = ? and subject in ('kept', 'later')"
                + " order by id").param(c.id()).query(String.class).list()).containsExactly("kept", "kept", "later");
    }

    private long stored(CaseFile c) {
        return jdbc.sql("select count(*) from notification where case_id = ?").param(c.id()).query(Long.class).single();
    }
}
