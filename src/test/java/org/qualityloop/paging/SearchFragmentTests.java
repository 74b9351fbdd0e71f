package org.qualityloop.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
}
