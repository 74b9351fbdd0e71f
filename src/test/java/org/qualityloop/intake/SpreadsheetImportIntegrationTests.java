package org.qualityloop.intake;

import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spreadsheet imports, on an H2 database of their own. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class SpreadsheetImportIntegrationTests extends SpreadsheetImportChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "imports");
    }
}
