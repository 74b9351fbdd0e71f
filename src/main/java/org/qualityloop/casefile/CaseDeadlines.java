package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qualityloop.calendar.Deadline;
import org.qualityloop.calendar.PeriodUnit;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.transactions.BeforeCommitWrites;
import org.qualityloop.transactions.Statements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadlines running on a case, computed by the same {@link StatutoryCalendar} that the engine's
 * business calendar uses for the matching task due date or timer, so the two always agree.
 */
@Repository
public class CaseDeadlines {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StatutoryCalendar calendar;

    private final BeforeCommitWrites beforeCommit;

    /** The key under which a transaction keeps the deadlines it met until its commit. */
    private static final Object MET = new Object();

    CaseDeadlines(JdbcClient jdbc, JdbcTemplate batch, StatutoryCalendar calendar, BeforeCommitWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.jdbc = jdbc;
        this.batch = batch;
        this.calendar = calendar;
    }

    /** Starts (or restarts, if the counting date was corrected) the step's period on the case. */
    public Deadline start(UUID caseId, Step step, LocalDate startsOn) {
        Deadline d = calendar.deadline(step, startsOn);
        beforeCommit.writeNow(MET);
        int updated = jdbc.sql("""
                update case_deadline set starts_on = ?, due_on = ?, amount = ?, unit = ?, basis = ?, verified = ?,
                  basis_verified = ?,
                  met_on = null where case_id = ? and step = ?""")
                .params(d.startsOn(), d.dueOn(), d.amount(), d.unit().name(), d.basis(), d.verified(), d.basisVerified(),
                        caseId, step.name())
                .update();
        if (updated == 0) {
            insert(caseId, step, d);
        }
        return d;
    }

    /**
     * The step's first period on a case registered in this transaction, among the writes given (after the case's
     * insert): nothing to restart, so no update tried.
     */
    public Statements startFirst(UUID caseId, Step step, LocalDate startsOn, Statements writes) {
        return insert(caseId, step, calendar.deadline(step, startsOn), writes);
    }

    private void insert(UUID caseId, Step step, Deadline d) {
        insert(caseId, step, d, new Statements()).run(jdbc);
    }

    private static Statements insert(UUID caseId, Step step, Deadline d, Statements writes) {
        return writes.add("""
                insert into case_deadline (case_id, step, starts_on, due_on, amount, unit, basis, verified,
                  basis_verified, bureau_code, registered_on)
                select id, ?, ?, ?, ?, ?, ?, ?, ?, bureau_code, registered_on from case_file where id = ?""",
                step.name(), d.startsOn(), d.dueOn(), d.amount(), d.unit().name(), d.basis(), d.verified(),
                d.basisVerified(), caseId);
    }

    /**
     * The step's period met on the day: written with the transaction's other rows just before its commit (a round trip
     * of about thirty in a completion, docs/performance.md, nineteenth session); every other use of the deadlines here
     * writes it first.
     */
    public void met(UUID caseId, Step step, LocalDate on) {
        beforeCommit.later(MET, new Statements().add(
                "update case_deadline set met_on = ? where case_id = ? and step = ? and met_on is null",
                on, caseId, step.name()));
    }

    /**
     * Moves a running deadline by an approved extension: the due day, the days added so far, and whether the
     * calendar still covers the whole period.
     */
    public void extend(UUID caseId, Step step, LocalDate newDue, int days) {
        beforeCommit.writeNow(MET);
        find(caseId, step).ifPresent(d -> jdbc.sql("""
                update case_deadline set due_on = ?, extended_days = extended_days + ?,
                  verified = case when ? then verified else false end where case_id = ? and step = ?""")
                .params(newDue, days, calendar.covers(d.startsOn(), newDue), caseId, step.name()).update());
    }

    /**
     * The cases with a running deadline not yet verified whose period reaches into the year: what loading the year's
     * notice recounts. One read, not pages by case id: PostgreSQL takes "running" and "not verified" for independent
     * conditions when they hold for the same rows, expects a hundred matches for a hundred thousand, and so read and
     * sorted every match again for each page of 200 — 17.5 s for 10^5 running deadlines among 3.1 million, where one
     * read takes 0.12 s (the benchmark's archive, docs/performance.md, twentieth session).
     */
    public List<UUID> casesWithUnverifiedIn(int year) {
        beforeCommit.writeNow(MET);
        return jdbc.sql("""
                select distinct case_id from case_deadline
                where verified = false and met_on is null and due_on >= ? and starts_on < ?""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(UUID.class).list();
    }

    /** How many running deadlines wait for the year's notice: counted without it, they are not yet verified. */
    public long countUnverifiedIn(int year) {
        beforeCommit.writeNow(MET);
        return jdbc.sql("""
                select count(*) from case_deadline
                where verified = false and met_on is null and due_on >= ? and starts_on < ?""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Long.class).single();
    }

    /** A running deadline's new count, for {@link #recountAll}. */
    public record Recount(UUID caseId, Step step, LocalDate due, boolean verified) {
    }

    /**
     * Running deadlines counted again under a calendar that changed (a year's notice loaded), in one batch of
     * statements: each one's due day and whether the calendar now covers the whole period. The extension days
     * granted stay added.
     */
    public void recountAll(List<Recount> recounts) {
        beforeCommit.writeNow(MET);
        batch.batchUpdate("""
                update case_deadline set due_on = ?, verified = ? where case_id = ? and step = ? and met_on is null""",
                recounts.stream().map(r -> new Object[] {r.due(), r.verified(), r.caseId(), r.step().name()}).toList());
    }

    public List<CaseDeadline> list(UUID caseId) {
        beforeCommit.writeNow(MET);
        return jdbc.sql(SELECT + " where case_id = ? order by starts_on, due_on").param(caseId)
                .query(CaseDeadlines::map).list();
    }

    public java.util.Optional<CaseDeadline> find(UUID caseId, Step step) {
        beforeCommit.writeNow(MET);
        return jdbc.sql(SELECT + " where case_id = ? and step = ?").params(caseId, step.name())
                .query(CaseDeadlines::map).optional();
    }

    /** The deadlines of several cases at once, by case. */
    public java.util.Map<UUID, List<CaseDeadline>> ofCases(java.util.Collection<UUID> caseIds) {
        java.util.Map<UUID, List<CaseDeadline>> byCase = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        beforeCommit.writeNow(MET);
        jdbc.sql(SELECT.replace("select ", "select case_id, ") + " where case_id in (:ids) order by starts_on, due_on")
                .param("ids", caseIds)
                .query(rs -> {
                    byCase.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                            .add(new CaseDeadline(Step.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                    rs.getObject(4, LocalDate.class), rs.getInt(5), PeriodUnit.valueOf(rs.getString(6)),
                                    rs.getString(7), rs.getBoolean(8), rs.getObject(9, LocalDate.class), rs.getInt(10),
                                    rs.getBoolean(11)));
                });
        return byCase;
    }

    private static final String SELECT =
            "select step, starts_on, due_on, amount, unit, basis, verified, met_on, extended_days, basis_verified"
            + " from case_deadline";

    private static CaseDeadline map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseDeadline(Step.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getInt(4), PeriodUnit.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7),
                rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getBoolean(10));
    }
}
