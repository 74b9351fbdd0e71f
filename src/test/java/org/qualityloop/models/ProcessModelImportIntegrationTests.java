package org.qualityloop.models;

import java.util.UUID;
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
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
