package org.qualityloop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresBrowser}. */
class BrowserAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QUALITYLOOP_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("QUALITYLOOP_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        }
        String message = "Browser test skipped: " + CHROMIUM + " or " + DRIVER + " is missing. Install Debian's "
                + "chromium and chromium-driver (apt-get install chromium chromium-driver) to run it.";
        if ("true".equals(System.getenv("QUALITYLOOP_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message + " QUALITYLOOP_REQUIRE_BROWSER=true makes it mandatory.");
        }
        System.err.println(message);
        return ConditionEvaluationResult.disabled(message);
    }
}
