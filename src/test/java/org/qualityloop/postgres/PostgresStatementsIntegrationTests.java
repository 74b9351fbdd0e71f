package org.qualityloop.postgres;

import org.qualityloop.transactions.StatementsIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Writes sent together again on PostgreSQL, whose driver sends them in one round trip. */
@RequiresPostgres
class PostgresStatementsIntegrationTests extends StatementsIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
