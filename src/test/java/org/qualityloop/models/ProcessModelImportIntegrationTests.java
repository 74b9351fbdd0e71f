package org.qualityloop.models;

import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Process models, on an H2 database of their own (a deployed variant would reach other tests' cases). */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class ProcessModelImportIntegrationTests extends ProcessModelChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "models");
    }
}
