package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91350200776049653A", "91330106MA2H4K7P16"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350203M0001QAY9B", "91350200776049653B", "9135020077604965", "91350200776049653I",
            "913502007760496S3A", ""})
    void rejectsWrongCheckCharacterLengthOrForbiddenLetters(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }
}
