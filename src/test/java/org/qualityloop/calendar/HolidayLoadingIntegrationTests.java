package org.qualityloop.calendar;

import java.util.UUID;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Loading a year's notice, on an H2 database of its own. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class HolidayLoadingIntegrationTests extends HolidayLoadingChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:holidays-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
