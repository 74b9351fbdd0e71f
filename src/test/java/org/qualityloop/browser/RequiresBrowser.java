package org.qualityloop.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test only where Debian's chromium and chromium-driver are installed; elsewhere it is skipped
 * with a message saying so. With {@code QUALITYLOOP_REQUIRE_BROWSER=true} (as {@code .ci/run} sets) a missing
 * browser fails the build instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserAvailable.class)
public @interface RequiresBrowser {
}
