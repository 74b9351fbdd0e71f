package org.qualityloop.postgres;

import org.qualityloop.identity.UserAdministrationIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** User administration, again on PostgreSQL. */
@RequiresPostgres
class PostgresUserAdministrationIntegrationTests extends UserAdministrationIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
