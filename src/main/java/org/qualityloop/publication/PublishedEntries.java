package org.qualityloop.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.qualityloop.paging.CommonTrigrams;
import org.qualityloop.paging.Paged;
import org.qualityloop.paging.SearchFragment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries the public may read: published and not withdrawn, nothing else, whatever id is asked for. Every
 * public page, the open data and the feed read through here.
 */
@Repository
public class PublishedEntries {

    private static final String COLUMNS = """
            select public_id, product_name, product_model, product_batch, product_category, enterprise_name,
              enterprise_uscc, producer_name, failed_items, institution_name, bureau_code, bureau_name, outcome,
              decision_no, handling_summary, sampled_on, published_on, changed_at, product_trademark
            from publication_entry""";
    private static final String LISTED = " where published_on is not null and withdrawn_at is null and public_id is not null";

    /**
     * What the public searches in: product, enterprise, credit code and producer as one lowered text, kept beside each
     * entry ({@code db/vendor/{vendor}/V51}); on PostgreSQL a trigram index on it finds a fragment among a million
     * entries without reading them all.
     */
    static final String SEARCH_TEXT = "search_text";

    /** The newest entries the trigrams most entries hold are counted in. */
    private static final int SAMPLED = 2_000;

    private final JdbcClient jdbc;
    private final Duration sampleKept;

    /**
     * What every visitor of the unfiltered list reads — the filters' choices and how many entries there are — as of
     * the last change of any entry: counted again only after something was published, corrected or withdrawn. Keyed by
     * the database's own time of change, so every node agrees.
     */
    private volatile Summary summary;
    private final SearchCounts counts = new SearchCounts();
    private volatile Sample common;

    /** The trigrams most entries hold ({@link CommonTrigrams}), and when they were counted ({@code nanoTime}). */
    private record Sample(long countedAt, Set<String> trigrams) {
    }

    private record Summary(Instant asOf, Facets facets, long listed) {
    }

    PublishedEntries(JdbcClient jdbc,
                     @Value("${qualityloop.publication.common-trigrams-kept:PT1H}") Duration sampleKept) {
        this.jdbc = jdbc;
        this.sampleKept = sampleKept;
    }

    /**
     * A page of the entries the query finds, newest first; {@code asOf} is the {@link #lastChanged} the caller read
     * for its conditional answer, so the kept count is looked up without asking again.
     */
    public Paged<PublishedEntry> search(PublicQuery query, int page, int size, Instant asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        long total = where.equals(LISTED) ? summary(asOf).listed() : counted(where, params, asOf);
        Paged.Window window = Paged.window(total, page, size);
        params.put("offset", window.offset());
        params.put("size", window.size());
        String entries = sortedMatches(query, total, window, asOf) ? "select * from (" + COLUMNS + where
                + " offset 0) publication_entry" : COLUMNS + where;
        return window.of(jdbc.sql(entries + " order by published_on desc, public_id"
                        + " offset :offset rows fetch next :size rows only")
                .params(params).query(PublishedEntries::row).list());
    }

    /**
     * Whether a fragment's matches are to be read through the trigram index and sorted, behind a fence (offset 0) the
     * planner does not see through. Left to itself, PostgreSQL estimates the matches from the text's statistics and
     * may walk the newest-first index (V43) instead: past nearly all 950,000 entries for a name found in 111 of them,
     * 63.5 ms p50 against 11.9 in a run whose statistics led it to the matches (the benchmark, 2026-12-04). Walking
     * reads about (offset + size) × listed / matches entries before the page is full, sorting reads the matches: the
     * fence when that is fewer, with the matches counted exactly already.
     */
    private boolean sortedMatches(PublicQuery query, long matches, Paged.Window window, Instant asOf) {
        return SearchFragment.of(query.text()) != null
                && (double) matches * matches < (double) (window.offset() + window.size()) * summary(asOf).listed();
    }

    /**
     * How many entries a search finds, counted once per search as of the last change: nothing the public reads changes
     * without a new stamp, so a count kept by it is exact until the next one. Counting is most of a search's time (a
     * popular product's ten thousand matches among a million, docs/performance.md); its page of rows is read anew.
     */
    private long counted(String where, Map<String, Object> params, Instant asOf) {
        String search = where + params;
        Long known = counts.get(asOf, search);
        if (known != null) {
            return known;
        }
        long total = jdbc.sql("select count(*) from publication_entry" + where).params(params).query(Long.class).single();
        counts.put(asOf, search, total);
        return total;
    }

    /** The counts of the searches asked for since the last change, the least recently asked let go beyond a bound. */
    private static final class SearchCounts {

        private static final int KEPT = 1_000;
        private Instant asOf = Instant.EPOCH;
        private final Map<String, Long> bySearch = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > KEPT;
            }
        };

        synchronized Long get(Instant changed, String search) {
            if (!changed.equals(asOf)) {
                bySearch.clear();
                asOf = changed;
            }
            return bySearch.get(search);
        }

        synchronized void put(Instant changed, String search, long total) {
            if (changed.equals(asOf)) {
                bySearch.put(search, total);
            }
        }
    }

    /** Every entry the query finds, newest first, one at a time (for the open-data download). */
    public void each(PublicQuery query, Consumer<PublishedEntry> entry) {
        Map<String, Object> params = new LinkedHashMap<>();
        jdbc.sql(COLUMNS + where(query, params) + " order by published_on desc, public_id").params(params)
                .query((rs, n) -> {
                    entry.accept(row(rs, n));
                    return null;
                }).list();
    }

    public Optional<PublishedEntry> find(UUID publicId) {
        return jdbc.sql(COLUMNS + LISTED + " and public_id = :id").param("id", publicId)
                .query(PublishedEntries::row).optional();
    }

    /** The last time anything the public reads changed: published, corrected or withdrawn (an index answers it). */
    public Instant lastChanged() {
        Timestamp last = jdbc.sql("select max(changed_at) from publication_entry").query(Timestamp.class).optional()
                .orElse(null);
        return last == null ? Instant.EPOCH : last.toInstant();
    }

    /**
     * The time to stamp a change of an entry with: now, but at least a second after the last change stamped. The
     * pages answer conditional requests by this stamp (HTTP dates count whole seconds) and the list's summary is kept
     * by it, so a change must never be stamped at or before one already seen, whatever the clock does.
     */
    Instant stampAfterLast(Instant now) {
        Instant next = lastChanged().plusSeconds(1);
        return (now.isAfter(next) ? now : next).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The years, bureaus and categories there are entries for, as of the {@link #lastChanged} the caller read. */
    public Facets facets(Instant asOf) {
        return summary(asOf).facets();
    }

    private Summary summary(Instant asOf) {
        Summary known = summary;
        if (known == null || !known.asOf().equals(asOf)) {
            known = new Summary(asOf, countFacets(),
                    jdbc.sql("select count(*) from publication_entry" + LISTED).query(Long.class).single());
            summary = known;
        }
        return known;
    }

    private Facets countFacets() {
        return new Facets(
                jdbc.sql("select distinct extract(year from published_on) from publication_entry" + LISTED)
                        .query(Integer.class).list().stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                jdbc.sql("select distinct bureau_code, bureau_name from publication_entry" + LISTED + " order by bureau_code")
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list(),
                jdbc.sql("select distinct product_category from publication_entry" + LISTED + " order by product_category")
                        .query(String.class).list());
    }

    /**
     * The trigrams most of the newest entries hold, counted again once {@code sampleKept} has passed: what the
     * register's names and products have in common changes slowly, and counting reads two thousand entries.
     */
    private Set<String> commonTrigrams() {
        Sample known = common;
        return known != null && !stale(known) ? known.trigrams() : recounted().trigrams();
    }

    /** One search counts again at a time: those that found the sample stale meanwhile take what it counted. */
    private synchronized Sample recounted() {
        Sample known = common;
        if (known == null || stale(known)) {
            known = new Sample(System.nanoTime(), CommonTrigrams.in(jdbc.sql("select search_text from publication_entry"
                            + LISTED + " order by published_on desc, public_id fetch first " + SAMPLED + " rows only")
                    .query(String.class).list()));
            common = known;
        }
        return known;
    }

    private boolean stale(Sample sample) {
        return System.nanoTime() - sample.countedAt() >= sampleKept.toNanos();
    }

    /** What the public can filter by. */
    public record Facets(List<Integer> years, List<Map.Entry<String, String>> bureaus, List<String> categories) {
    }

    private String where(PublicQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(LISTED);
        SearchFragment fragment = SearchFragment.of(query.text());
        if (fragment != null) {
            fragment = fragment.without(commonTrigrams());
            where.append(" and ").append(fragment.condition(SEARCH_TEXT));
            params.putAll(fragment.params());
        }
        if (query.year() != null) {
            where.append(" and published_on >= :from and published_on < :to");
            params.put("from", LocalDate.of(query.year(), 1, 1));
            params.put("to", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.bureau() != null && !query.bureau().isBlank()) {
            where.append(" and bureau_code = :bureau");
            params.put("bureau", query.bureau().strip());
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" and product_category = :category");
            params.put("category", query.category().strip());
        }
        if (query.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        return where.toString();
    }

    private static PublishedEntry row(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp(18);
        return new PublishedEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13) == null ? null : PublicOutcome.valueOf(rs.getString(13)),
                rs.getString(14), rs.getString(15), rs.getObject(16, LocalDate.class), rs.getObject(17, LocalDate.class),
                changed == null ? null : changed.toInstant(), rs.getString(19));
    }
}
