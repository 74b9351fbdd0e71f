package org.qualityloop.casefile;

import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free numbers per bureau, kind and year (case numbers, document numbers). The counter row is
 * locked until the caller's transaction ends, so a rolled-back registration gives its number back.
 */
@Component
public class NumberSequences {

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;

    NumberSequences(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public int next(String bureauCode, String kind, int year) {
        OptionalInt next = increment(bureauCode, kind, year);
        if (next.isEmpty()) {
            createCounter(bureauCode, kind, year);
            next = increment(bureauCode, kind, year);
        }
        return next.orElseThrow();
    }

    /** The counter's new value, returned by the update itself (JDBC's generated keys): one round trip, not two. */
    private OptionalInt increment(String bureauCode, String kind, int year) {
        KeyHolder value = new GeneratedKeyHolder();
        int updated = jdbc.sql("""
                update number_sequence set last_value = last_value + 1
                where bureau_code = ? and kind = ? and seq_year = ?""")
                .params(bureauCode, kind, year).update(value, "last_value");
        return updated == 0 ? OptionalInt.empty() : OptionalInt.of(value.getKey().intValue());
    }

    /** In its own transaction, so that two first numbers of a year racing each other both succeed. */
    private void createCounter(String bureauCode, String kind, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.sql(
                    "insert into number_sequence (bureau_code, kind, seq_year, last_value) values (?, ?, ?, 0)")
                    .params(bureauCode, kind, year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another transaction created it first; incrementing it is all that is needed
        }
    }
}
