package org.qualityloop.postgres;

import org.qualityloop.oversight.OversightPagesIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reassigning, extending, notifications and metrics through the pages, again on PostgreSQL. */
@RequiresPostgres
class PostgresOversightPagesIntegrationTests extends OversightPagesIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
