package org.qualityloop.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.qualityloop.casefile.CaseSearch;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics' counts kept ahead of time by (registration year, product category, bureau, measure, detail), so a
 * province's page sums a few thousand rows instead of grouping a million cases. Each case's current contributions are
 * kept beside it; when a case changes, the old ones go out and the new ones in as deltas, inserted in the case's own
 * transaction (concurrent intake never waits on a hot counter row) and folded into the tally by {@link #fold}.
 */
@Repository
class AnalyticsTally {

    /** A cell of the tally: how many cases, and their days where the measure takes time. */
    record Cell(int year, String category, String bureauCode, Measure measure, String detail, long cases, double days) {
    }

    private record Key(int year, String category, String bureauCode, Measure measure, String detail) {
    }

    /** An enterprise's standing results in a scope. */
    record EnterpriseResults(String uscc, long cases) {
    }

    private record EnterpriseKey(String uscc, int year, String bureauCode) {
    }

    private static final Contribution STANDING = new Contribution(Measure.RESULT, "UPHELD", 0);

    private static final String KEY = "tally_year, product_category, bureau_code, measure, detail";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CaseContributions contributions;

    AnalyticsTally(JdbcClient jdbc, JdbcTemplate batch, CaseContributions contributions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.contributions = contributions;
    }

    /**
     * Counts these cases as they stand now; call inside the transaction that changed them (their rows locked), so two
     * transactions never count the same change. Returns how many cases were counted differently than before.
     */
    int refresh(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Map<UUID, CaseContributions.Counted> now = contributions.of(ids);
        Map<UUID, CaseContributions.Counted> before = stored(ids);
        Map<Key, double[]> deltas = new LinkedHashMap<>();
        Map<EnterpriseKey, Integer> results = new LinkedHashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<UUID, CaseContributions.Counted> e : now.entrySet()) {
            CaseContributions.Counted was = before.get(e.getKey());
            CaseContributions.Counted is = e.getValue();
            if (Objects.equals(was, is)) {
                continue;
            }
            addResult(results, is, 1);
            if (was != null) {
                addResult(results, was, -1);
                add(deltas, was, -1);
                updates.add(new Object[] {is.year(), is.category(), is.bureauCode(), is.registeredOn(), is.uscc(),
                        is.repeat(), is.encoded(), e.getKey()});
            } else {
                inserts.add(new Object[] {e.getKey(), is.year(), is.category(), is.bureauCode(), is.registeredOn(),
                        is.uscc(), is.repeat(), is.encoded()});
            }
            add(deltas, is, 1);
        }
        batch.batchUpdate("insert into analytics_tally_source (case_id, tally_year, product_category, bureau_code,"
                + " registered_on, sampled_uscc, repeat_result, contributions) values (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        batch.batchUpdate("update analytics_tally_source set tally_year = ?, product_category = ?, bureau_code = ?,"
                + " registered_on = ?, sampled_uscc = ?, repeat_result = ?, contributions = ? where case_id = ?", updates);
        List<Object[]> rows = new ArrayList<>();
        deltas.forEach((key, d) -> {
            if (d[0] != 0 || Math.abs(d[1]) > 0.001) {
                rows.add(new Object[] {key.year(), key.category(), key.bureauCode(), key.measure().name(), key.detail(),
                        (int) d[0], d[1]});
            }
        });
        batch.batchUpdate("insert into analytics_tally_delta (" + KEY + ", n, days) values (?, ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> enterpriseRows = new ArrayList<>();
        results.forEach((key, n) -> {
            if (n != 0) {
                enterpriseRows.add(new Object[] {key.uscc(), key.year(), key.bureauCode(), n});
            }
        });
        batch.batchUpdate("insert into analytics_enterprise_delta (sampled_uscc, tally_year, bureau_code, n)"
                + " values (?, ?, ?, ?)", enterpriseRows);
        return inserts.size() + updates.size();
    }

    private static void add(Map<Key, double[]> deltas, CaseContributions.Counted counted, int sign) {
        for (Contribution c : counted.contributions()) {
            double[] d = deltas.computeIfAbsent(new Key(counted.year(), counted.category(), counted.bureauCode(),
                    c.measure(), c.detail()), k -> new double[2]);
            d[0] += sign;
            d[1] += sign * c.days();
        }
    }

    /** The enterprise's standing result, counted by registration year and bureau as the case list narrows. */
    private static void addResult(Map<EnterpriseKey, Integer> results, CaseContributions.Counted counted, int sign) {
        if (counted.contributions().contains(STANDING)) {
            results.merge(new EnterpriseKey(counted.uscc(), counted.year(), counted.bureauCode()), sign, Integer::sum);
        }
    }

    private Map<UUID, CaseContributions.Counted> stored(Collection<UUID> ids) {
        Map<UUID, CaseContributions.Counted> stored = new HashMap<>();
        jdbc.sql("select case_id, tally_year, product_category, bureau_code, registered_on, sampled_uscc, contributions"
                        + " from analytics_tally_source where case_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    stored.put(rs.getObject(1, UUID.class), CaseContributions.Counted.decode(rs.getInt(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class),
                            rs.getString(6), rs.getString(7)));
                });
        return stored;
    }

    /** Of these cases, those not counted yet. */
    List<UUID> uncounted(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> counted = jdbc.sql("select case_id from analytics_tally_source where case_id in (:ids)")
                .param("ids", ids).query(UUID.class).list();
        List<UUID> left = new ArrayList<>(ids);
        left.removeAll(new java.util.HashSet<>(counted));
        return left;
    }

    long countedCases() {
        return jdbc.sql("select count(*) from analytics_tally_source").query(Long.class).single();
    }

    /**
     * The cells of the scope's bureaus and whole years, summed over tally and deltas. The scope must be a plain one
     * (bureaus, one bureau, registration from 1 January to 31 December): what the case list of a figure counts.
     */
    List<Cell> cells(CaseSearch scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params);
        if (where == null) {
            return List.of();
        }
        return jdbc.sql("select " + KEY + ", sum(n), sum(days) from analytics_tally_all" + where + " group by " + KEY
                        + " having sum(n) <> 0")
                .params(params)
                .query((rs, n) -> new Cell(rs.getInt(1), rs.getString(2), rs.getString(3),
                        Measure.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getDouble(7)))
                .list();
    }

    /**
     * Enterprises of the scope with a repeat failure in the period, the latest first: the cases are walked backwards
     * from the end of the period along an index, so the cost follows the enterprises found, not the cases in scope.
     * Each further read leaves out the enterprises found so far: one enterprise with thousands of recent results
     * is passed over in the index instead of being read again and again (a province's analytics read 51,200 rows of
     * one such enterprise for twenty names, 117–136 ms of the page; benchmark, 2026-12-03). The order is the index's
     * own, so a read stops at its last row: ordered by day and enterprise alone, the first read sorted all 132,015
     * results of the benchmark's busiest day for its 200 (28–53 ms, now 0.1; explain analyze, 2026-12-06).
     */
    List<String> repeatEnterprises(CaseSearch scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params);
        if (where == null) {
            return List.of();
        }
        params.put("from", scope.registeredFrom());
        params.put("to", scope.registeredTo());
        int read = limit * 10;
        params.put("read", read);
        String repeats = "select sampled_uscc from analytics_tally_source"
                + where.replace("tally_year between :fromYear and :toYear", "registered_on between :from and :to")
                + " and repeat_result = true";
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        while (found.size() < limit) {
            params.put("found", List.copyOf(found));
            List<String> usccs = jdbc.sql(repeats + (found.isEmpty() ? "" : " and sampled_uscc not in (:found)")
                            + " order by registered_on desc, bureau_code desc, repeat_result desc, sampled_uscc desc"
                            + " fetch first :read rows only")
                    .params(params).query(String.class).list();
            found.addAll(usccs);
            if (usccs.size() < read) {
                break;
            }
        }
        return found.stream().limit(limit).toList();
    }

    /** Of these enterprises, those with standing results in the scope, and how many. */
    List<EnterpriseResults> resultsOf(CaseSearch scope, Collection<String> usccs) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params);
        if (where == null) {
            return List.of();
        }
        List<EnterpriseResults> found = new ArrayList<>();
        List<String> all = List.copyOf(usccs);
        for (int from = 0; from < all.size(); from += 1000) {
            params.put("usccs", all.subList(from, Math.min(all.size(), from + 1000)));
            found.addAll(jdbc.sql("select sampled_uscc, sum(n) from analytics_enterprise_all" + where
                            + " and sampled_uscc in (:usccs) group by sampled_uscc having sum(n) > 0")
                    .params(params).query((rs, n) -> new EnterpriseResults(rs.getString(1), rs.getLong(2))).list());
        }
        return found;
    }

    /** The tally's conditions for a plain scope (bureaus, one bureau, whole years); null when it holds nothing. */
    private static String where(CaseSearch scope, Map<String, Object> params) {
        if (scope.registeredFrom() == null || scope.registeredTo() == null
                || scope.registeredFrom().getDayOfYear() != 1 || scope.registeredTo().getMonthValue() != 12
                || scope.registeredTo().getDayOfMonth() != 31 || scope.text() != null || scope.status() != null
                || scope.stage() != null || scope.enterpriseUscc() != null || scope.plan() != null
                || !scope.facet().isEmpty()) {
            throw new IllegalArgumentException("The tally counts whole years of bureaus only: " + scope);
        }
        StringBuilder where = new StringBuilder(" where tally_year between :fromYear and :toYear");
        params.put("fromYear", scope.registeredFrom().getYear());
        params.put("toYear", scope.registeredTo().getYear());
        if (scope.bureaus() != null) {
            if (scope.bureaus().isEmpty()) {
                return null;
            }
            where.append(" and bureau_code in (:bureaus)");
            params.put("bureaus", scope.bureaus());
        }
        if (scope.bureau() != null) {
            where.append(" and bureau_code = :bureau");
            params.put("bureau", scope.bureau());
        }
        return where.toString();
    }

    /**
     * Moves up to {@code limit} deltas into the tally; returns how many it moved. Deltas are claimed by deleting
     * exactly the rows read: when another node folded some of them first, the whole fold rolls back, so a delta is
     * never counted twice or lost.
     */
    @Transactional
    public int fold(int limit) {
        Map<Key, double[]> sums = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select id, " + KEY + ", n, days from analytics_tally_delta order by id fetch first ? rows only")
                .param(limit)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    double[] s = sums.computeIfAbsent(new Key(rs.getInt(2), rs.getString(3), rs.getString(4),
                            Measure.valueOf(rs.getString(5)), rs.getString(6)), k -> new double[2]);
                    s[0] += rs.getInt(7);
                    s[1] += rs.getDouble(8);
                });
        if (ids.isEmpty()) {
            return 0;
        }
        claim("analytics_tally_delta", ids);
        sums.forEach((key, s) -> {
            int updated = jdbc.sql("update analytics_tally set n = n + ?, days = days + ? where tally_year = ?"
                            + " and product_category = ? and bureau_code = ? and measure = ? and detail = ?")
                    .params((long) s[0], s[1], key.year(), key.category(), key.bureauCode(), key.measure().name(),
                            key.detail())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into analytics_tally (" + KEY + ", n, days) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(key.year(), key.category(), key.bureauCode(), key.measure().name(), key.detail(),
                                (long) s[0], s[1])
                        .update();
            }
        });
        jdbc.sql("delete from analytics_tally where n = 0").update();
        return ids.size();
    }

    /** Deletes exactly these deltas, or fails (rolling the fold back) when another node deleted some first. */
    private void claim(String deltas, List<Long> ids) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            deleted += jdbc.sql("delete from " + deltas + " where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).update();
        }
        if (deleted != ids.size()) {
            throw new ConcurrencyFailureException("Another node folded " + (ids.size() - deleted) + " of "
                    + ids.size() + " " + deltas + " first");
        }
    }

    /** Moves up to {@code limit} of the enterprises' deltas into their tally, claimed as {@link #fold} claims. */
    @Transactional
    public int foldResults(int limit) {
        Map<EnterpriseKey, Long> sums = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select id, sampled_uscc, tally_year, bureau_code, n from analytics_enterprise_delta order by id"
                        + " fetch first ? rows only")
                .param(limit)
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    sums.merge(new EnterpriseKey(rs.getString(2), rs.getInt(3), rs.getString(4)), rs.getLong(5),
                            Long::sum);
                });
        claim("analytics_enterprise_delta", ids);
        List<EnterpriseKey> keys = List.copyOf(sums.keySet());
        int[] updated = batch.batchUpdate("update analytics_enterprise_tally set n = n + ? where sampled_uscc = ?"
                        + " and tally_year = ? and bureau_code = ?",
                keys.stream().map(k -> new Object[] {sums.get(k), k.uscc(), k.year(), k.bureauCode()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == 0) {
                EnterpriseKey k = keys.get(i);
                inserts.add(new Object[] {k.uscc(), k.year(), k.bureauCode(), sums.get(k)});
            }
        }
        // rows come to 0 when a result is overturned; they stay (a reader sums), so no fold scans the whole tally
        batch.batchUpdate("insert into analytics_enterprise_tally (sampled_uscc, tally_year, bureau_code, n)"
                + " values (?, ?, ?, ?)", inserts);
        return ids.size();
    }

    /**
     * Cells, and enterprises' results, where the tally and a fresh count of every case disagree, one line each; empty
     * when they agree.
     */
    @Transactional(readOnly = true)
    List<String> differences() {
        Map<Key, long[]> cells = new LinkedHashMap<>();
        Map<EnterpriseKey, long[]> results = new LinkedHashMap<>();
        jdbc.sql("select tally_year, product_category, bureau_code, sampled_uscc, contributions"
                        + " from analytics_tally_source")
                .query(rs -> {
                    CaseContributions.Counted c = CaseContributions.Counted.decode(rs.getInt(1), rs.getString(2),
                            rs.getString(3), null, rs.getString(4), rs.getString(5));
                    for (Contribution k : c.contributions()) {
                        cells.computeIfAbsent(new Key(c.year(), c.category(), c.bureauCode(), k.measure(), k.detail()),
                                x -> new long[2])[0]++;
                    }
                    if (c.contributions().contains(STANDING)) {
                        results.computeIfAbsent(new EnterpriseKey(c.uscc(), c.year(), c.bureauCode()),
                                x -> new long[2])[0]++;
                    }
                });
        jdbc.sql("select sampled_uscc, tally_year, bureau_code, sum(n) from analytics_enterprise_all"
                        + " group by sampled_uscc, tally_year, bureau_code")
                .query(rs -> {
                    results.computeIfAbsent(new EnterpriseKey(rs.getString(1), rs.getInt(2), rs.getString(3)),
                            x -> new long[2])[1] = rs.getLong(4);
                });
        jdbc.sql("select " + KEY + ", sum(n) from analytics_tally_all group by " + KEY)
                .query(rs -> {
                    cells.computeIfAbsent(new Key(rs.getInt(1), rs.getString(2), rs.getString(3),
                            Measure.valueOf(rs.getString(4)), rs.getString(5)), x -> new long[2])[1] = rs.getLong(6);
                });
        List<String> found = new ArrayList<>();
        cells.forEach((key, n) -> {
            if (n[0] != n[1]) {
                found.add("analytics tally " + key + ": " + n[0] + " cases, counted " + n[1]);
            }
        });
        results.forEach((key, n) -> {
            if (n[0] != n[1]) {
                found.add("enterprise results " + key + ": " + n[0] + " cases, counted " + n[1]);
            }
        });
        return found;
    }
}
