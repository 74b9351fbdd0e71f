package org.qualityloop.intake;

import java.util.UUID;
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
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:imports-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
