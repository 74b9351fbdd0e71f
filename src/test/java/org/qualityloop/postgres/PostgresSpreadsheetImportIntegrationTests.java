package org.qualityloop.postgres;

import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.intake.SpreadsheetImportChecks;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spreadsheet imports, on a PostgreSQL database of their own. */
@RequiresPostgres
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PostgresSpreadsheetImportIntegrationTests extends SpreadsheetImportChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry);
    }
}
