package org.qualityloop.postgres;

import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.caseview.CaseSearchCountChecks;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A search's count and pages, through the trigram and year index (V55), on a PostgreSQL database of its own. */
@RequiresPostgres
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PostgresCaseSearchCountIntegrationTests extends CaseSearchCountChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry);
    }
}
