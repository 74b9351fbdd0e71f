package org.qualityloop.objection;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise's answer and what became of it; one row per case, amended as the objection moves on. */
@Repository
class Objections {

    record Proposal(ObjectionOutcome outcome, boolean fromRetest) {
    }

    private final JdbcClient jdbc;

    Objections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void respond(UUID caseId, String response, String reason, LocalDate receivedOn) {
        jdbc.sql("insert into objection (case_id, response, reason, received_on) values (?, ?, ?, ?)")
                .params(caseId, response, reason, receivedOn).update();
    }

    void acceptance(UUID caseId, boolean accepted, boolean retest, String reason) {
        jdbc.sql("""
                update objection set accepted = ?, retest_ordered = ?, acceptance_reason = ?,
                  proposed_outcome = ?, proposal_reason = ? where case_id = ?""")
                .params(accepted, retest, reason, accepted ? null : ObjectionOutcome.REJECTED.name(),
                        accepted ? null : reason, caseId)
                .update();
    }

    void propose(UUID caseId, ObjectionOutcome outcome, String reason) {
        jdbc.sql("update objection set proposed_outcome = ?, proposal_reason = ? where case_id = ?")
                .params(outcome.name(), reason, caseId).update();
    }

    void decide(UUID caseId, ObjectionOutcome outcome, LocalDate decidedOn, String decidedBy) {
        jdbc.sql("update objection set outcome = ?, decided_on = ?, decided_by = ? where case_id = ?")
                .params(outcome.name(), decidedOn, decidedBy, caseId).update();
    }

    Proposal proposal(UUID caseId) {
        return jdbc.sql("""
                select o.proposed_outcome, r.conclusion from objection o left join retest r on r.case_id = o.case_id
                where o.case_id = ?""")
                .param(caseId)
                .query((rs, n) -> new Proposal(ObjectionOutcome.valueOf(rs.getString(1)), rs.getString(2) != null))
                .single();
    }

    java.util.Optional<ObjectionRecord> find(UUID caseId) {
        return jdbc.sql("""
                select response, reason, received_on, accepted, retest_ordered, acceptance_reason, proposed_outcome,
                  proposal_reason from objection where case_id = ?""")
                .param(caseId)
                .query((rs, n) -> new ObjectionRecord(Response.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), (Boolean) rs.getObject(4), (Boolean) rs.getObject(5),
                        rs.getString(6), rs.getString(7) == null ? null : ObjectionOutcome.valueOf(rs.getString(7)),
                        rs.getString(8)))
                .optional();
    }

    Response response(UUID caseId) {
        return jdbc.sql("select response from objection where case_id = ?").param(caseId)
                .query((rs, n) -> Response.valueOf(rs.getString(1))).single();
    }
}
