package org.qualityloop.postgres;

import org.qualityloop.administration.ConsistencyCheckIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The consistency check's queries over the engine's tables, again on PostgreSQL. */
@RequiresPostgres
class PostgresConsistencyCheckIntegrationTests extends ConsistencyCheckIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
