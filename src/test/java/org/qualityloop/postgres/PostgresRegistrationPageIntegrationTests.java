package org.qualityloop.postgres;

import org.qualityloop.intake.web.RegistrationPageIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registration through the page, again on PostgreSQL. */
@RequiresPostgres
class PostgresRegistrationPageIntegrationTests extends RegistrationPageIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
