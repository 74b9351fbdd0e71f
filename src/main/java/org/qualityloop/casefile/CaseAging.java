package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.paging.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long open cases have been open, by the stage they are in: the aging chart and the case list
 * behind each of its bars. Age is counted in calendar days since registration.
 */
@Service
public class CaseAging {

    /** Age bands in days, inclusive; the last one is open-ended. */
    public enum Band {
        UP_TO_30(0, 30), UP_TO_60(31, 60), UP_TO_90(61, 90), UP_TO_180(91, 180), OVER_180(181, Integer.MAX_VALUE);

        public final int fromDays;
        public final int toDays;

        Band(int fromDays, int toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }
    }

    public record Row(UUID caseId, String caseNo, String product, String enterprise, String bureauName,
                      Stage stage, LocalDate registeredOn, long daysOpen) {
    }

    public static final int PAGE_SIZE = 25;


    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final Bureaus bureaus;

    CaseAging(JdbcClient jdbc, BusinessClock clock, Bureaus bureaus) {
        this.bureaus = bureaus;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stage (loop order, only stages with open cases) to band to count. */
    @Transactional(readOnly = true)
    public Map<Stage, Map<Band, Long>> counts(Collection<String> scope) {
        Map<Stage, Map<Band, Long>> result = new LinkedHashMap<>();
        if (scope.isEmpty()) {
            return result;
        }
        StringBuilder sql = new StringBuilder("select stage");
        Map<String, Object> params = new HashMap<>(Map.of("scope", scope));
        for (Band band : Band.values()) {
            sql.append(", sum(case when ").append(bandCondition(band, params)).append(" then 1 else 0 end)");
        }
        sql.append(" from case_file where status = 'OPEN' and bureau_code in (:scope) group by stage");
        Map<Stage, Map<Band, Long>> found = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            Map<Band, Long> bands = new LinkedHashMap<>();
            for (Band band : Band.values()) {
                bands.put(band, rs.getLong(band.ordinal() + 2));
            }
            return found.put(Stage.valueOf(rs.getString(1)), bands);
        }).list();
        for (Stage stage : Stage.values()) {
            if (found.containsKey(stage)) {
                result.put(stage, found.get(stage));
            }
        }
        return result;
    }

    /** The open cases of one stage and age band (either may be null for all), oldest first. */
    @Transactional(readOnly = true)
    public Paged<Row> page(Collection<String> scope, Stage stage, Band band, int requestedPage) {
        if (scope.isEmpty()) {
            return Paged.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, stage, band, params);
        long total = jdbc.sql("select count(*) from case_file c" + where).params(params).query(Long.class).single();
        Paged.Window window = Paged.window(total, requestedPage, PAGE_SIZE);
        params.put("offset", window.offset());
        params.put("limit", window.size());
        Map<String, String> names = bureaus.names();
        return window.of(jdbc.sql(SELECT + where + ORDER + " offset :offset rows fetch next :limit rows only")
                .params(params).query((rs, n) -> map(rs, names)).list());
    }

    /** The same list unpaged, row by row, for an export. */
    @Transactional(readOnly = true)
    public void forEach(Collection<String> scope, Stage stage, Band band, java.util.function.Consumer<Row> consumer) {
        if (scope.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, stage, band, params);
        Map<String, String> names = bureaus.names();
        try (var rows = jdbc.sql(SELECT + where + ORDER).params(params).query((rs, n) -> map(rs, names)).stream()) {
            rows.forEach(consumer);
        }
    }

    private static final String SELECT = """
            select c.id, c.case_no, c.product_name, c.sampled_name, c.bureau_code, c.stage, c.registered_on
            from case_file c""";
    private static final String ORDER = " order by c.registered_on, c.case_no";

    private String where(Collection<String> scope, Stage stage, Band band, Map<String, Object> params) {
        params.put("scope", scope);
        StringBuilder where = new StringBuilder(" where c.status = 'OPEN' and c.bureau_code in (:scope)");
        if (stage != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", stage.name());
        }
        if (band != null) {
            where.append(" and ").append(bandCondition(band, params).replace("registered_on", "c.registered_on"));
        }
        return where.toString();
    }

    private Row map(java.sql.ResultSet rs, Map<String, String> bureauNames) throws java.sql.SQLException {
        LocalDate registered = rs.getObject(7, LocalDate.class);
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                bureauNames.getOrDefault(rs.getString(5), rs.getString(5)), Stage.valueOf(rs.getString(6)), registered,
                java.time.temporal.ChronoUnit.DAYS.between(registered, clock.today()));
    }

    /** A band as a condition on the registration date, so the index on dates can serve it. */
    private String bandCondition(Band band, Map<String, Object> params) {
        LocalDate today = clock.today();
        String from = "band_from_" + band.ordinal();
        String to = "band_to_" + band.ordinal();
        params.put(to, today.minusDays(band.fromDays));
        if (band.toDays == Integer.MAX_VALUE) {
            return "registered_on <= :" + to;
        }
        params.put(from, today.minusDays(band.toDays));
        return "registered_on >= :" + from + " and registered_on <= :" + to;
    }
}
