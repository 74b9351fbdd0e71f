package org.qualityloop.postgres;

import org.qualityloop.intake.CaseApiIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** API v1, errors and scope again, on PostgreSQL. */
@RequiresPostgres
class PostgresCaseApiIntegrationTests extends CaseApiIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
