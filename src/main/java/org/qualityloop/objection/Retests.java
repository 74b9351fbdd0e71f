package org.qualityloop.objection;

import java.time.LocalDate;
import java.util.UUID;
import org.qualityloop.casefile.CaseParticipation;
import org.qualityloop.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The re-test: where the backup sample went, when it arrived, what it showed. */
@Repository
class Retests implements CaseParticipation {

    private final JdbcClient jdbc;

    Retests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void arrange(UUID caseId, String institutionCode, boolean feePaid, LocalDate sentOn) {
        jdbc.sql("insert into retest (case_id, institution_code, fee_paid, sample_sent_on) values (?, ?, ?, ?)")
                .params(caseId, institutionCode, feePaid, sentOn).update();
    }

    void received(UUID caseId, LocalDate receivedOn) {
        jdbc.sql("update retest set sample_received_on = ? where case_id = ?").params(receivedOn, caseId).update();
    }

    void conclude(UUID caseId, RetestConclusion conclusion, String reportNo, LocalDate concludedOn) {
        jdbc.sql("update retest set conclusion = ?, report_no = ?, concluded_on = ? where case_id = ?")
                .params(conclusion.name(), reportNo, concludedOn, caseId).update();
    }

    /** The institution the backup sample was sent to sees the case. */
    @Override
    public boolean involves(Actor actor, UUID caseId) {
        return actor.institutionCode() != null
                && jdbc.sql("select count(*) from retest where case_id = ? and institution_code = ?")
                .params(caseId, actor.institutionCode()).query(Integer.class).single() > 0;
    }

    java.util.Optional<RetestRecord> find(UUID caseId) {
        return jdbc.sql("""
                select institution_code, fee_paid, sample_sent_on, sample_received_on, conclusion, report_no, concluded_on
                from retest where case_id = ?""")
                .param(caseId)
                .query((rs, n) -> new RetestRecord(rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5) == null ? null : RetestConclusion.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    LocalDate sentOn(UUID caseId) {
        return jdbc.sql("select sample_sent_on from retest where case_id = ?").param(caseId)
                .query(LocalDate.class).single();
    }
}
