package org.qualityloop.postgres;

import org.qualityloop.identity.SessionStoreIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Database-backed page sessions, again on PostgreSQL. */
@RequiresPostgres
class PostgresSessionStoreIntegrationTests extends SessionStoreIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
