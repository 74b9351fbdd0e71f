package org.qualityloop.paging;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text typed into a list's search box, as the condition that finds it anywhere in a lowered search text: as typed
 * (case and runs of spaces aside), never looser. On PostgreSQL a trigram index on that text answers the condition.
 *
 * <p>A fragment of several words is looked up by its words and then checked as a whole. Asked for the whole, the
 * index also reads the trigrams of the spaces before each word, which nearly every text holds (" 型号" in each of a
 * million product names): 16–18 ms of the index's time for "电吹风 型号5" against 5–7 ms by the words alone, whose
 * 11,133 matches are then checked as typed (the benchmark's archive of 10^6 closed cases, explain analyze,
 * 2026-12-04; docs/performance.md).
 */
public final class SearchFragment {

    private static final Pattern WORD = Pattern.compile("\\s+");
    /** Three letters or digits in a row: the least a trigram index can look a word up by. */
    private static final Pattern INDEXED = Pattern.compile("[\\p{L}\\p{N}]{3}");

    private final String typed;
    private final List<String> words;

    private SearchFragment(String typed) {
        this.words = Arrays.asList(WORD.split(typed));
        // the searched text joins its parts with one space: two typed between words would find nothing
        this.typed = String.join(" ", words);
    }

    /** The fragment typed, or null when nothing was. */
    public static SearchFragment of(String text) {
        return text == null || text.isBlank() ? null : new SearchFragment(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The condition on {@code searchText}, a column holding the searched text lowered, with the parameters
     * {@code :text} and, for several words, {@code :phrase}.
     */
    public String condition(String searchText) {
        return byWords() ? searchText + " like :text and position(:phrase in " + searchText + ") > 0"
                : searchText + " like :text";
    }

    /** The values the condition names. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (byWords()) {
            params.put("text", "%" + String.join("%", words.stream().map(SearchFragment::escaped).toList()) + "%");
            params.put("phrase", typed);
        } else {
            params.put("text", "%" + escaped(typed) + "%");
        }
        return params;
    }

    /**
     * Whether the words are looked up apart: only for several words of which one at least can be looked up in a
     * trigram index. Words too short for one give none, and a pattern without any reads the whole index.
     */
    private boolean byWords() {
        return words.size() > 1 && words.stream().anyMatch(w -> INDEXED.matcher(w).find());
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
