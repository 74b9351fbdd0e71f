package org.qualityloop.postgres;

import org.qualityloop.worklist.TaskTallyIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tally and its folds racing each other, again on PostgreSQL, where several nodes really do race. */
@RequiresPostgres
class PostgresTaskTallyIntegrationTests extends TaskTallyIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
