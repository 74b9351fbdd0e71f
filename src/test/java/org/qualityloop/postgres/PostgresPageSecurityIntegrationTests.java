package org.qualityloop.postgres;

import org.qualityloop.web.PageSecurityIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Page security and scope (pages, downloads, API, login lock), again on PostgreSQL. */
@RequiresPostgres
class PostgresPageSecurityIntegrationTests extends PageSecurityIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
