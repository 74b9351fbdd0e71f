package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the cases a search finds that the analytics cannot keep ahead of time: deadlines still running (missed
 * or not depends on the day), taken with the conditions of the case list the figure links to, so a number and its
 * list agree.
 */
@Repository
public class CaseStatistics {

    /** A statutory step's deadlines still running: how many, and how many of them are past their day. */
    public record OpenStep(String step, long open, long pastDue) {
    }

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
