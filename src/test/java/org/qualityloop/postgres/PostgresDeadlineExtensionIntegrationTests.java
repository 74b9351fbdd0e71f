package org.qualityloop.postgres;

import org.qualityloop.oversight.DeadlineExtensionIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Deadline extensions again, on PostgreSQL. */
@RequiresPostgres
class PostgresDeadlineExtensionIntegrationTests extends DeadlineExtensionIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
