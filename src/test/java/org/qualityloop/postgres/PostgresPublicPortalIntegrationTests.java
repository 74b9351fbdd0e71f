package org.qualityloop.postgres;

import org.qualityloop.disclosure.PublicPortalIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public portal, again on PostgreSQL. */
@RequiresPostgres
class PostgresPublicPortalIntegrationTests extends PublicPortalIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
