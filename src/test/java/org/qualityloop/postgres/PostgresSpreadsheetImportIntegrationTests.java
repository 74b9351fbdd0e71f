package org.qualityloop.postgres;

import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.intake.SpreadsheetImportChecks;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spreadsheet imports, on a PostgreSQL database of their own. */
@RequiresPostgres
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class PostgresSpreadsheetImportIntegrationTests extends SpreadsheetImportChecks {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry);
    }

    /**
     * Ten thousand rows go through on H2 ({@code SpreadsheetImportIntegrationTests}) and through the benchmark on
     * PostgreSQL; here the same path over 2,500 rows (thirteen reads, fifty commits): with ten thousand this suite
     * alone took 227 s of a 15:29 {@code .ci/run} when the machine was slow (2026-12-03, pgbench 874-1,186 tx/s).
     */
    @Override
    protected int cleanRows() {
        return 2_500;
    }
}
