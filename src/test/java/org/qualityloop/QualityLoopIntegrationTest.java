package org.qualityloop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The one full-context configuration of the integration tests, so they share one cached context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
// the Prometheus endpoint is part of what the tests check, and Spring Boot switches it off in tests by default
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
public @interface QualityLoopIntegrationTest {
}
