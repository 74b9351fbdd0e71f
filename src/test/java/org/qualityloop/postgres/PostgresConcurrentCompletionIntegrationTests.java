package org.qualityloop.postgres;

import org.qualityloop.process.ConcurrentCompletionIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Four completions of one task at once, again on PostgreSQL. */
@RequiresPostgres
class PostgresConcurrentCompletionIntegrationTests extends ConcurrentCompletionIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
