package org.qualityloop.postgres;

import org.qualityloop.oversight.DashboardIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's counts, lists and exports again, on PostgreSQL. */
@RequiresPostgres
class PostgresDashboardIntegrationTests extends DashboardIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
