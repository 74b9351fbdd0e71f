package org.qualityloop.postgres;

import org.qualityloop.worklist.web.InboxPageIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inbox's paging, filters and overdue marking, again on PostgreSQL. */
@RequiresPostgres
class PostgresInboxPageIntegrationTests extends InboxPageIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
