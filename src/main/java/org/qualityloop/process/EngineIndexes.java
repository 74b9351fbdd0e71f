package org.qualityloop.process;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own tables need and Camunda does not ship ({@code db/engine}). They are Flyway
 * migrations like ours, with their own history table, run once the engine has created its schema: the
 * application's Flyway runs before the engine exists, so it cannot touch ACT_* tables on a new database.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private final DataSource dataSource;

    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/engine").table("flyway_engine_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
