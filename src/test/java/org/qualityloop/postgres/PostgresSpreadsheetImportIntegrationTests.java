package org.qualityloop.postgres;

import org.qualityloop.intake.SpreadsheetImportIntegrationTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spreadsheet imports, again on PostgreSQL. */
@RequiresPostgres
class PostgresSpreadsheetImportIntegrationTests extends SpreadsheetImportIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
