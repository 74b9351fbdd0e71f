package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the cases a search finds, grouped, in one query each: the figures of the analytics. Every count is
 * taken with the same conditions as the case list the figure links to, so a number and its list always agree; a
 * plain count is {@link CaseFiles#count}, the list's own.
 */
@Repository
public class CaseStatistics {

    /** Results by year of registration, product category and bureau. */
    public record YearCategoryBureau(int year, String category, String bureauCode, long cases) {
    }

    /** Cases that failed an item, with the requirement most often failed. */
    public record ItemCount(String item, long cases) {
    }

    /** An enterprise and its results. */
    public record EnterpriseCount(String uscc, String name, long cases) {
    }

    /** A statutory step: deadlines counted, missed, and the mean days from start to completion of those met. */
    public record StepCount(String step, long deadlines, long missed, long completed, double meanDays) {
    }

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<YearCategoryBureau> byYearCategoryBureau(CaseSearch search) {
        return jdbc.sql("select extract(year from registered_on), product_category, bureau_code, count(*) from case_file "
                        + search.where() + " group by extract(year from registered_on), product_category, bureau_code")
                .params(search.params())
                .query((rs, n) -> new YearCategoryBureau(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** The items failed most often, by the number of cases that failed them. */
    public List<ItemCount> failedItems(CaseSearch search, int limit) {
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("limit", limit);
        return jdbc.sql("select f.item, count(distinct f.case_id) from case_file join failed_item f on f.case_id = case_file.id "
                        + search.where() + " group by f.item order by 2 desc, 1 fetch first :limit rows only")
                .params(params).query((rs, n) -> new ItemCount(rs.getString(1), rs.getLong(2))).list();
    }

    /** Enterprises with at least {@code least} results, most first. */
    public List<EnterpriseCount> repeatEnterprises(CaseSearch search, int least, int limit) {
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("least", least);
        params.put("limit", limit);
        return jdbc.sql("select sampled_uscc, max(sampled_name), count(*) from case_file " + search.where()
                        + " group by sampled_uscc having count(*) >= :least order by 3 desc, 1 fetch first :limit rows only")
                .params(params).query((rs, n) -> new EnterpriseCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Each statutory step of the cases found: how often its deadline was missed and how long it took when met. */
    public List<StepCount> steps(CaseSearch search, LocalDate today) {
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("today", today);
        return jdbc.sql("select d.step, count(*), sum(case when " + CaseSearch.MISSED + " then 1 else 0 end),"
                        + " count(d.met_on), avg(case when d.met_on is not null then"
                        + " (extract(epoch from cast(d.met_on as timestamp)) - extract(epoch from cast(d.starts_on as timestamp))) / 86400"
                        + " end)"
                        + " from case_file join case_deadline d on d.case_id = case_file.id " + search.where()
                        + " group by d.step")
                .params(params)
                .query((rs, n) -> new StepCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getDouble(5)))
                .list();
    }

    /** Results per product category with at least one failed item of a hazard class. */
    public Map<String, Long> byCategoryWithHazard(CaseSearch search, Hazard hazard) {
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("hazard", hazard.name());
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select product_category, count(*) from case_file " + search.where()
                        + " and exists (select 1 from failed_item h where h.case_id = case_file.id and h.hazard = :hazard)"
                        + " group by product_category")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
