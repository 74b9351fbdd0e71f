package org.qualityloop.postgres;

import org.qualityloop.process.ProcessPathIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every path of the loop again, on PostgreSQL. */
@RequiresPostgres
class PostgresProcessPathIntegrationTests extends ProcessPathIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
