package org.qualityloop.postgres;

import org.qualityloop.transactions.ReadsIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reads sent together again on PostgreSQL, whose driver sends them in one round trip. */
@RequiresPostgres
class PostgresReadsIntegrationTests extends ReadsIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
