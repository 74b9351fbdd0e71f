package org.qualityloop.postgres;

import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.HolidayLoadingChecks;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Loading a year's notice, on a PostgreSQL database of its own. */
@RequiresPostgres
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PostgresHolidayLoadingIntegrationTests extends HolidayLoadingChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry);
    }
}
