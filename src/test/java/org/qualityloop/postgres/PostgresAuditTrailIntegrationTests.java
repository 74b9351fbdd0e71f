package org.qualityloop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.audit.AuditTrailIntegrationTests;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.grading.EnterpriseHistories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * The risk grade's read of an enterprise's history facts is served by their partial index (V53) even as a
     * generic plan: the statement names the grade's event types and tasks as constants that prove its predicate.
     */
    @Test
    void anEnterprisesHistoryFactsAreReadThroughTheirOwnIndex() {
        Collection<?> types = (Collection<?>) ReflectionTestUtils.getField(EnterpriseHistories.class, "READ");
        Collection<?> tasks = (Collection<?>) ReflectionTestUtils.getField(EnterpriseHistories.class, "TASKS");
        String statement = ReflectionTestUtils.invokeMethod(CaseEvents.class, "ofCasesStatement", types, tasks);
        List<String> plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain " + statement).param("cases", List.of(UUID.randomUUID(), UUID.randomUUID()))
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("case_event_history_facts");
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
