package org.qualityloop.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchFragmentTests {

    @Test
    void nothingTypedIsNoFragment() {
        assertThat(SearchFragment.of(null)).isNull();
        assertThat(SearchFragment.of("  \t")).isNull();
    }

    @Test
    void oneWordIsLookedUpAsTypedLoweredWithItsWildcardsTakenLiterally() {
        SearchFragment fragment = SearchFragment.of("  KE_17%01\\ ");
        assertThat(fragment.condition("search_text")).isEqualTo("search_text like :text");
        assertThat(fragment.params()).isEqualTo(Map.of("text", "%ke\\_17\\%01\\\\%"));
    }

    @Test
    void severalWordsAreLookedUpApartAndCheckedAsTypedOneSpaceApart() {
        SearchFragment fragment = SearchFragment.of("电吹风  型号5");
        assertThat(fragment.condition("search_text"))
                .isEqualTo("search_text like :text and position(:phrase in search_text) > 0");
        assertThat(fragment.params()).isEqualTo(Map.of("text", "%电吹风%型号5%", "phrase", "电吹风 型号5"));
    }

    @Test
    void wordsTooShortForTheIndexAreLookedUpAsTyped() {
        // apart, "电 5" would give a trigram index nothing to look up, and it would read all of itself
        SearchFragment fragment = SearchFragment.of("电 5");
        assertThat(fragment.condition("search_text")).isEqualTo("search_text like :text");
        assertThat(fragment.params()).isEqualTo(Map.of("text", "%电 5%"));
    }

    @Test
    void aWordIsLookedUpWithoutTheTrigramsMostTextsHoldAndCheckedAsTyped() {
        SearchFragment fragment = SearchFragment.of("测试企业4711").without(Set.of("测试企", "试企业", "有限公"));
        assertThat(fragment.condition("search_text"))
                .isEqualTo("search_text like :text and position(:phrase in search_text) > 0");
        assertThat(fragment.params()).isEqualTo(Map.of("text", "%企业4711%", "phrase", "测试企业4711"));
    }

    @Test
    void aCommonTrigramInTheMiddleLeavesTheStretchesOnEitherSideThatTheIndexCanStillLookUp() {
        SearchFragment fragment = SearchFragment.of("杭州有限公司电器 型号5").without(Set.of("有限公", "限公司"));
        assertThat(fragment.params())
                .isEqualTo(Map.of("text", "%杭州有限%公司电器%型号5%", "phrase", "杭州有限公司电器 型号5"));
    }

    @Test
    void aWordMadeOnlyOfCommonTrigramsIsLookedUpWhole() {
        // left without them it would give the index nothing, and the search would read every text
        SearchFragment fragment = SearchFragment.of("有限公司").without(Set.of("有限公", "限公司"));
        assertThat(fragment.condition("search_text")).isEqualTo("search_text like :text");
        assertThat(fragment.params()).isEqualTo(Map.of("text", "%有限公司%"));
    }
}
