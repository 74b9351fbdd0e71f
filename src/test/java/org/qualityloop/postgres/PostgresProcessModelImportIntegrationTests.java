package org.qualityloop.postgres;

import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.models.ProcessModelChecks;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Process models, on a PostgreSQL database of their own. */
@RequiresPostgres
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PostgresProcessModelImportIntegrationTests extends ProcessModelChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry);
    }
}
