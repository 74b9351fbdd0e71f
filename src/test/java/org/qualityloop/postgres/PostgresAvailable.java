package org.qualityloop.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresPostgres}. */
class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = DriverManager.getConnection(TestDatabase.ADMIN_URL, TestDatabase.USER, "")) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.HOST);
        } catch (SQLException e) {
            String message = "PostgreSQL tests SKIPPED: no server at " + TestDatabase.HOST + " (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("QUALITYLOOP_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but unavailable"), e);
            }
            System.err.println(message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
