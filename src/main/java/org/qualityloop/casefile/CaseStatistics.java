package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the cases a search finds that the analytics cannot keep ahead of time: the results of given enterprises
 * in a scope, and deadlines still running (missed or not depends on the day). Each is taken with the conditions of the
 * case list the figure links to, so a number and its list agree.
 */
@Repository
public class CaseStatistics {

    /** An enterprise and its results. */
    public record EnterpriseCount(String uscc, String name, long cases) {
    }

    /** A statutory step's deadlines still running: how many, and how many of them are past their day. */
    public record OpenStep(String step, long open, long pastDue) {
    }

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * These enterprises' results among the cases found, those with any: one probe per enterprise along the index on
     * (sampled_uscc, registered_on), so the cost follows the enterprises asked about, not the cases in scope.
     */
    public List<EnterpriseCount> resultsOf(CaseSearch search, Collection<String> usccs) {
        List<EnterpriseCount> found = new java.util.ArrayList<>();
        List<String> all = List.copyOf(usccs);
        for (int from = 0; from < all.size(); from += 1000) {
            Map<String, Object> params = new HashMap<>(search.params());
            params.put("usccs", all.subList(from, Math.min(all.size(), from + 1000)));
            found.addAll(jdbc.sql("select sampled_uscc, max(sampled_name), count(*) from case_file " + search.where()
                            + " and sampled_uscc in (:usccs) group by sampled_uscc")
                    .params(params).query((rs, n) -> new EnterpriseCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                    .list());
        }
        return found;
    }

    /**
     * The deadlines still running of the cases found, by step, and those past their day on {@code today}: the part of
     * "missed" that depends on the day (deadlines met are counted as they are met, by the analytics' tally). The
     * search narrows by bureau and registration date only, as the analytics' scope does.
     */
    public List<OpenStep> openSteps(CaseSearch search, LocalDate today) {
        // a running deadline keeps its case's bureau and registration day, so a scope of bureaus and years is
        // counted from the running deadlines alone, not joined to each one's case
        if (!search.byBureauAndRegistrationOnly()) {
            throw new IllegalArgumentException("Running deadlines are counted by bureau and registration only: " + search);
        }
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("today", today);
        return jdbc.sql("select step, count(*), sum(case when due_on < :today then 1 else 0 end) from case_deadline "
                        + search.where() + " and met_on is null group by step")
                .params(params)
                .query((rs, n) -> new OpenStep(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
