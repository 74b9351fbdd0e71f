package org.qualityloop.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>For the same reason a word is looked up without the trigrams most searched texts hold ({@link #without}), when
 * the rest of it still gives the index a trigram: "测试企业4711" by "企业4711", 0.74 ms and 16 index pages against
 * 13.0 ms and 677 among 950,000 published entries that all hold 测试企 and 试企业 (explain analyze, 2026-12-06).
 */
public final class SearchFragment {

    private static final Pattern WORD = Pattern.compile("\\s+");
    /** Three letters or digits in a row: the least a trigram index can look a word up by. */
    private static final Pattern INDEXED = Pattern.compile("[\\p{L}\\p{N}]{3}");

    private final String typed;
    private final List<String> words;
    /** What the index looks up, in the order typed (see {@link #parts}). */
    private final List<String> parts;

    private SearchFragment(String typed, List<String> words, Set<String> common) {
        this.typed = typed;
        this.words = words;
        this.parts = parts(common);
    }

    /** The fragment typed, or null when nothing was. */
    public static SearchFragment of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> words = Arrays.asList(WORD.split(text.strip().toLowerCase(Locale.ROOT)));
        // the searched text joins its parts with one space: two typed between words would find nothing
        return new SearchFragment(String.join(" ", words), words, Set.of());
    }

    /** The same fragment, looked up without these trigrams (see {@link CommonTrigrams}). */
    public SearchFragment without(Set<String> commonTrigrams) {
        return new SearchFragment(typed, words, commonTrigrams);
    }

    /**
     * The condition on {@code searchText}, a column holding the searched text lowered, with the parameters
     * {@code :text} and, when the fragment is looked up by parts, {@code :phrase}.
     */
    public String condition(String searchText) {
        return byParts() ? searchText + " like :text and position(:phrase in " + searchText + ") > 0"
                : searchText + " like :text";
    }

    /** The values the condition names. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (byParts()) {
            params.put("text", "%" + String.join("%", parts.stream().map(SearchFragment::escaped).toList()) + "%");
            params.put("phrase", typed);
        } else {
            params.put("text", "%" + escaped(typed) + "%");
        }
        return params;
    }

    private boolean byParts() {
        return !parts.equals(List.of(typed));
    }

    /**
     * What the index looks up, in the order typed: each word, or the parts of it that hold no common trigram when one
     * of them still gives the index a trigram. The fragment as typed when no part gives one: words too short for a
     * trigram give none, and a pattern without any reads the whole index.
     */
    private List<String> parts(Set<String> common) {
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            List<String> rare = withoutCommon(word, common).stream().filter(p -> INDEXED.matcher(p).find()).toList();
            parts.addAll(rare.isEmpty() ? List.of(word) : rare);
        }
        return parts.stream().anyMatch(p -> INDEXED.matcher(p).find()) ? parts : List.of(typed);
    }

    /** The longest stretches of a word that hold none of the common trigrams. */
    private static List<String> withoutCommon(String word, Set<String> common) {
        if (common.isEmpty()) {
            return List.of(word);
        }
        int[] chars = word.codePoints().toArray();
        List<String> stretches = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 3 <= chars.length; i++) {
            if (common.contains(new String(chars, i, 3))) {
                stretches.add(new String(chars, start, i + 2 - start));
                start = i + 1;
            }
        }
        stretches.add(new String(chars, start, chars.length - start));
        return stretches;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
