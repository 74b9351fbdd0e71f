package org.qualityloop.postgres;

import org.junit.jupiter.api.Test;
import org.qualityloop.audit.AuditTrailIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit trail on PostgreSQL, where the database itself refuses to change a record: a change by hand needs
 * the trigger disabled first (as only the table's owner can), and the chain still shows it.
 */
@RequiresPostgres
class PostgresAuditTrailIntegrationTests extends AuditTrailIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARecord() {
        refused(() -> jdbc.sql("update audit_record set actor = 'x'").update());
        refused(() -> jdbc.sql("delete from audit_record").update());
        refused(() -> jdbc.sql("update case_event set summary = 'x'").update());
        refused(() -> jdbc.sql("delete from case_event").update());
    }

    @Override
    protected void alter(String sql) {
        String table = sql.contains("audit_record") ? "audit_record" : "case_event";
        String trigger = table + "_append_only";
        jdbc.sql("alter table " + table + " disable trigger " + trigger).update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table " + table + " enable trigger " + trigger).update();
        }
    }
}
