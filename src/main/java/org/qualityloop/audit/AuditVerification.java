package org.qualityloop.audit;

import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit trail's chain and the case event log's, record by record, and says where the first link
 * breaks: a record changed by hand no longer matches its hash, a record removed leaves the next one pointing at
 * a hash that is not there, a record removed at the end leaves the head pointing past the last one.
 */
@Service
public class AuditVerification {

    /** {@code intact}, or the first broken record: which log and which row. */
    public record Result(boolean intact, String log, Long firstBroken, long checked) {
    }

    private final JdbcClient jdbc;
    private final java.util.List<ChainedLog> logs;

    AuditVerification(JdbcClient jdbc, java.util.List<ChainedLog> logs) {
        this.jdbc = jdbc;
        this.logs = logs;
    }

    @Transactional(readOnly = true)
    public Result verify() {
        String previous = Chain.GENESIS;
        long checked = 0;
        try (Stream<AuditRecord> records = jdbc.sql(AuditRecords.SELECT + " order by id")
                .query(AuditRecords::map).stream()) {
            for (AuditRecord r : (Iterable<AuditRecord>) records::iterator) {
                if (!r.prevHash().equals(previous) || !AuditTrail.hashOf(r).equals(r.hash())) {
                    return new Result(false, "audit_record", r.id(), checked);
                }
                previous = r.hash();
                checked++;
            }
        }
        String head = jdbc.sql("select last_hash from audit_chain_head where id = 1").query(String.class).single();
        if (!head.equals(previous)) {
            return new Result(false, "audit_record", null, checked);
        }
        for (ChainedLog log : logs) {
            ChainedLog.Broken broken = log.firstBrokenLink();
            if (broken != null) {
                return new Result(false, log.name(), broken.recordId(), checked + broken.checked());
            }
            checked += log.chained();
        }
        return new Result(true, null, null, checked);
    }
}
