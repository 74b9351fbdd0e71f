package org.qualityloop.process;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every path again, with every text as long as its form allows and optional free text given: a column
 * narrower than the declared limit would lose the answer to a 500 here (issue 12), where the user would.
 */
public class DeclaredLimitsIntegrationTests extends ProcessPathIntegrationTests {

    @BeforeEach
    void fullLengthTexts() {
        driver.fullLength(true);
    }

    @AfterEach
    void ordinaryTextsAgain() {
        driver.fullLength(false);
    }
}
