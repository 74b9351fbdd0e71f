package org.qualityloop.rectification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rectification record of a case and its re-inspections. */
@Repository
class Rectifications {

    private final JdbcClient jdbc;

    Rectifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void order(UUID caseId, LocalDate orderedOn, String requirements) {
        jdbc.sql("insert into rectification (case_id, ordered_on, requirements) values (?, ?, ?)")
                .params(caseId, orderedOn, requirements).update();
    }

    void report(UUID caseId, LocalDate submittedOn, String summary, String disposal) {
        jdbc.sql("update rectification set report_submitted_on = ?, report_summary = ?, disposal = ? where case_id = ?")
                .params(submittedOn, summary, disposal, caseId).update();
    }

    void overdue(UUID caseId, Instant at) {
        jdbc.sql("update rectification set overdue_recorded_at = ? where case_id = ?")
                .params(Timestamp.from(at), caseId).update();
    }

    void reportedUp(UUID caseId, LocalDate on) {
        jdbc.sql("update rectification set reported_up_on = ? where case_id = ?").params(on, caseId).update();
    }

    void announced(UUID caseId, LocalDate on, String number) {
        jdbc.sql("update rectification set announced_on = ?, announcement_no = ? where case_id = ?")
                .params(on, number, caseId).update();
    }

    void suspended(UUID caseId, LocalDate orderedOn, LocalDate endsOn) {
        jdbc.sql("update rectification set suspension_ordered_on = ?, suspension_ends_on = ? where case_id = ?")
                .params(orderedOn, endsOn, caseId).update();
    }

    void referred(UUID caseId, LocalDate on, String authority) {
        jdbc.sql("""
                update rectification set revocation_referred_on = ?, registration_authority = ?, outcome = ?
                where case_id = ?""")
                .params(on, authority, "LICENCE_REVOCATION_REFERRED", caseId).update();
    }

    void reinspected(UUID caseId, ReinspectionRound round, LocalDate on, boolean passed, String reportNo,
                     String notes, String by) {
        jdbc.sql("""
                insert into reinspection (case_id, inspection_round, inspected_on, passed, report_no, notes, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, round.name(), on, passed, reportNo, notes, by).update();
        if (passed) {
            jdbc.sql("update rectification set outcome = ? where case_id = ?")
                    .params("PASSED_" + round.name(), caseId).update();
        }
    }

    LocalDate orderedOn(UUID caseId) {
        return jdbc.sql("select ordered_on from rectification where case_id = ?").param(caseId)
                .query(LocalDate.class).single();
    }

    LocalDate reportedUpOn(UUID caseId) {
        return jdbc.sql("select reported_up_on from rectification where case_id = ?").param(caseId)
                .query(LocalDate.class).single();
    }
}
