package org.qualityloop.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test only where PostgreSQL answers; elsewhere it is skipped with a message saying so.
 * With {@code QUALITYLOOP_REQUIRE_POSTGRES=true} (set by .ci/run) an unreachable server fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailable.class)
public @interface RequiresPostgres {
}
