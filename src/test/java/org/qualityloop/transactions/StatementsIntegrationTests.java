package org.qualityloop.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes sent together run in the order added, each seeing what the ones before it wrote, and within a transaction
 * they stand or fall together with it.
 */
@QualityLoopIntegrationTest
public class StatementsIntegrationTests {

    private static final String KIND = "statements-test";
    private static final String INSERT = "insert into follow_up (kind, subject, reason, added_at) values (?, ?, ?, ?)";

    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("delete from follow_up where kind = ?").param(KIND).update();
    }

    @Test
    void theyRunInTheOrderAddedEachSeeingTheOnesBefore() {
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(tx -> new Statements()
                .add(INSERT, KIND, "a", "first", now)
                .add("update follow_up set reason = ? where kind = ? and subject = ?", "changed", KIND, "a")
                .add("insert into follow_up (kind, subject, reason, added_at) select kind, ?, reason, added_at"
                        + " from follow_up where kind = ? and subject = ?", "b", KIND, "a")
                .run(jdbc));
        assertThat(rows()).containsExactly("a changed", "b changed");
    }

    @Test
    void oneThatFailsTakesTheOthersWithItsTransaction() {
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(tx -> new Statements().add(INSERT, KIND, "kept", "before", now).run(jdbc));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> new Statements()
                .add(INSERT, KIND, "undone", "first", now)
                .add(INSERT, KIND, null, "no subject", now)
                .add(INSERT, KIND, "never", "third", now)
                .run(jdbc)))
                .isInstanceOf(DataAccessException.class);
        assertThat(rows()).containsExactly("kept before");
    }

    private List<String> rows() {
        return jdbc.sql("select subject || ' ' || reason from follow_up where kind = ? order by id").param(KIND)
                .query(String.class).list();
    }
}
