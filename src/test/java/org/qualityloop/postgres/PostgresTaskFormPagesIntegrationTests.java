package org.qualityloop.postgres;

import org.qualityloop.process.web.TaskFormPagesIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every task form through the pages, again on PostgreSQL. */
@RequiresPostgres
class PostgresTaskFormPagesIntegrationTests extends TaskFormPagesIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
