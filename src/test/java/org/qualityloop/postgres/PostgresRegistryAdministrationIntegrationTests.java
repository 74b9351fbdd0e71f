package org.qualityloop.postgres;

import org.qualityloop.identity.RegistryAdministrationIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bureaus and institutions administered, again on PostgreSQL (the tree moves by one path rewrite). */
@RequiresPostgres
class PostgresRegistryAdministrationIntegrationTests extends RegistryAdministrationIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
