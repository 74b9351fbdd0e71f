package org.qualityloop.paging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trigrams at least half of a sample of searched texts hold, as the trigram index counts them: three letters or
 * digits in a row within a word. Looking a fragment up without them costs the index little in what it finds (each
 * such trigram could at most halve the matches to check) and saves it reading their long lists of rows.
 */
public final class CommonTrigrams {

    /** Fewer texts than this say nothing about the rest. */
    static final int SAMPLE_AT_LEAST = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private CommonTrigrams() {
    }

    /** The trigrams held by at least half of the {@code texts} (none for a sample too small to say). */
    public static Set<String> in(List<String> texts) {
        if (texts.size() < SAMPLE_AT_LEAST) {
            return Set.of();
        }
        Map<String, Integer> holding = new HashMap<>();
        for (String text : texts) {
            Set<String> held = new HashSet<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                int[] chars = word.group().codePoints().toArray();
                for (int i = 0; i + 3 <= chars.length; i++) {
                    held.add(new String(chars, i, 3));
                }
            }
            held.forEach(t -> holding.merge(t, 1, Integer::sum));
        }
        Set<String> common = new HashSet<>();
        holding.forEach((trigram, count) -> {
            if (count * 2 >= texts.size()) {
                common.add(trigram);
            }
        });
        return Set.copyOf(common);
    }
}
