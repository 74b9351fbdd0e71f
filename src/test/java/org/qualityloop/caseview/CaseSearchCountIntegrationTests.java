package org.qualityloop.caseview;

import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A search's count and pages, on an H2 database of its own. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class CaseSearchCountIntegrationTests extends CaseSearchCountChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "counts");
    }
}
