package org.qualityloop.postgres;

import org.qualityloop.oversight.DeadlineWatchIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders, escalation and mail again, on PostgreSQL. */
@RequiresPostgres
class PostgresDeadlineWatchIntegrationTests extends DeadlineWatchIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
