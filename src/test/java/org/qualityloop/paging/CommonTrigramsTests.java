package org.qualityloop.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonTrigramsTests {

    @Test
    void theTrigramsOfWordsHeldByAtLeastHalfTheTextsAreCommon() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // every text: 有限公司 (有限公, 限公司); every other: 电器 after a number, never across the space
            texts.add("杭州" + i + (i % 2 == 0 ? "电器" : "五金") + "有限公司 e" + i);
        }
        assertThat(CommonTrigrams.in(texts)).contains("有限公", "限公司").doesNotContain("杭州1", "司 e", "0电器")
                .allMatch(t -> t.codePointCount(0, t.length()) == 3);
        assertThat(CommonTrigrams.in(texts)).as("电器有, 器有限 in half, 五金有 in the other half")
                .contains("电器有", "器有限", "五金有", "金有限");
    }

    @Test
    void aSampleTooSmallSaysNothing() {
        assertThat(CommonTrigrams.in(List.of("有限公司", "有限公司"))).isEmpty();
    }
}
