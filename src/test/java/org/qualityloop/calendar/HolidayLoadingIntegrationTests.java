package org.qualityloop.calendar;

import org.qualityloop.OwnDatabase;
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
        OwnDatabase.h2(registry, "holidays");
    }
}
