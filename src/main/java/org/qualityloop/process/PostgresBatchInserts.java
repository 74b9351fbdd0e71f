package org.qualityloop.process;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send the engine's batched inserts as multi-row inserts. Camunda flushes a
 * command as JDBC batches (starting a case inserts eight variables, three executions, four activity
 * instances), and without this each row is still a statement of its own on the server. Camunda does
 * not read the row counts of inserts (CAM-10990), which the rewrite cannot report. Set on whatever
 * PostgreSQL URL is configured, so no deployment has to remember a URL parameter.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    private final boolean enabled;

    PostgresBatchInserts(@Value("${qualityloop.postgres.rewrite-batched-inserts:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (enabled && bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
