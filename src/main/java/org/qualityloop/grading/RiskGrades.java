package org.qualityloop.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The enterprises' risk grades. A grade shown with its reasons is worked out from the history as it stands; the grade
 * on record (for lists and for what changed when) is a new row each time the grade or its basis changes, nothing is
 * overwritten.
 */
@Service
public class RiskGrades {

    private final JdbcClient jdbc;
    private final EnterpriseHistories histories;
    private final RiskGradeTable table;
    private final RiskGradeProperties properties;
    private final BusinessClock clock;
    private final ObjectMapper json;

    RiskGrades(JdbcClient jdbc, EnterpriseHistories histories, RiskGradeTable table, RiskGradeProperties properties,
               BusinessClock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.table = table;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    /** A grade on record: when it was given, and on which event. */
    public record OnRecord(long id, String uscc, Grade grade, String basis, Instant computedAt, String cause) {
    }

    /** The enterprise's grade today with the facts that decide it. */
    public RiskGrade of(String uscc) {
        return grade(uscc, clock.today(), null);
    }

    /**
     * The grade the enterprise had when a case of it was registered, that case left out: what the classification
     * table weighs, so a result does not count against itself.
     */
    public RiskGrade before(UUID caseId, String uscc, LocalDate registeredOn) {
        return grade(uscc, registeredOn, caseId);
    }

    /** The enterprise's history over some years up to a day, leaving out one case (or none). */
    public EnterpriseHistory history(String uscc, LocalDate asOf, int years, UUID leavingOut) {
        return histories.of(uscc, asOf, years, leavingOut, properties.latestResults());
    }

    /** The grades on record of several enterprises (a page of the registry); the never graded are left out. */
    public Map<String, OnRecord> onRecord(Collection<String> usccs) {
        Map<String, OnRecord> grades = new HashMap<>();
        if (!usccs.isEmpty()) {
            jdbc.sql("""
                    select * from enterprise_risk_grade g where g.uscc in (:usccs)
                    and g.id = (select max(id) from enterprise_risk_grade l where l.uscc = g.uscc)""")
                    .param("usccs", usccs).query(this::row).list().forEach(g -> grades.put(g.uscc(), g));
        }
        return grades;
    }

    /** A page of enterprises graded so on record; {@code next} continues after it, {@code last} says none is left. */
    public record GradePage(List<OnRecord> current, long next, boolean last) {
    }

    /**
     * Enterprises whose grade on record is {@code grade}, the latest graded first, from before the grade row
     * {@code before}: {@code limit} grade rows are read backwards along the index on (grade, id), and those an
     * enterprise has since been graded again are left out. A province's tens of thousands of graded enterprises are
     * so read a page at a time (a filter on "latest" inside the query made PostgreSQL read all of them first).
     */
    public GradePage latestWith(Grade grade, long before, int limit) {
        List<OnRecord> rows = jdbc.sql("""
                select * from enterprise_risk_grade where grade = ? and id < ?
                order by grade, id desc fetch first ? rows only""")
                .params(grade.name(), before, limit).query(this::row).list();
        if (rows.isEmpty()) {
            return new GradePage(List.of(), before, true);
        }
        Map<String, Long> latest = new HashMap<>();
        jdbc.sql("select uscc, max(id) from enterprise_risk_grade where uscc in (:usccs) group by uscc")
                .param("usccs", rows.stream().map(OnRecord::uscc).distinct().toList())
                .query(rs -> {
                    latest.put(rs.getString(1), rs.getLong(2));
                });
        List<OnRecord> current = rows.stream().filter(r -> latest.get(r.uscc()) == r.id()).toList();
        return new GradePage(current, rows.get(rows.size() - 1).id(), rows.size() < limit);
    }

    /** Every grade the enterprise has had on record, latest first. */
    public List<OnRecord> changes(String uscc) {
        return jdbc.sql("select * from enterprise_risk_grade where uscc = ? order by id desc").param(uscc)
                .query(this::row).list();
    }

    /** Grades the enterprise as of today and records the grade when it or its basis changed; whether it did. */
    public boolean recompute(String uscc, String cause) {
        RiskGrade now = of(uscc);
        Optional<OnRecord> before = jdbc.sql("""
                select * from enterprise_risk_grade where uscc = ? order by id desc fetch first 1 rows only""")
                .param(uscc).query(this::row).optional();
        if (before.isPresent() && before.get().grade() == now.grade() && before.get().basis().equals(now.basis())) {
            return false;
        }
        jdbc.sql("""
                insert into enterprise_risk_grade (uscc, grade, basis, inputs, period_from, period_to, computed_at,
                  cause) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(uscc, now.grade().name(), now.basis(), inputs(now), now.from(), now.to(),
                        Timestamp.from(now.computedAt()), cause)
                .update();
        return true;
    }

    private RiskGrade grade(String uscc, LocalDate asOf, UUID leavingOut) {
        EnterpriseHistory history = histories.of(uscc, asOf, properties.years(), leavingOut,
                properties.latestResults());
        RiskGradeTable.Decided decided = table.decide(history);
        return new RiskGrade(uscc, decided.grade(), decided.basis(), history.from(), history.to(), history.entries(),
                history.truncated(), clock.now());
    }

    private OnRecord row(ResultSet rs, int n) throws SQLException {
        return new OnRecord(rs.getLong("id"), rs.getString("uscc"), Grade.valueOf(rs.getString("grade")), rs.getString("basis"),
                rs.getTimestamp("computed_at").toInstant(), rs.getString("cause"));
    }

    /** The counts the table was given, kept with the grade for the record. */
    private String inputs(RiskGrade grade) {
        try {
            return json.writeValueAsString(EnterpriseHistory.inputs(grade.facts()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Grade inputs not serialisable", e);
        }
    }
}
