package org.qualityloop.postgres;

import org.qualityloop.identity.SecondFactorIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The second factor, recovery codes and API tokens, again on PostgreSQL. */
@RequiresPostgres
class PostgresSecondFactorIntegrationTests extends SecondFactorIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
