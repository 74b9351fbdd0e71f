package org.qualityloop.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code penalty_case} table: one {@link PenaltyCase} per case that has one, read and saved whole. */
@Repository
class PenaltyCases {

    private final JdbcClient jdbc;

    PenaltyCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's penalty case, opened with the day the lead came in if it has none yet. */
    PenaltyCase openOrGet(UUID caseId, LocalDate leadReceivedOn) {
        return find(caseId).orElseGet(() -> {
            jdbc.sql("insert into penalty_case (case_id, lead_received_on) values (?, ?)")
                    .params(caseId, leadReceivedOn).update();
            return new PenaltyCase(caseId);
        });
    }

    PenaltyCase get(UUID caseId) {
        return find(caseId).orElseThrow(() -> new IllegalStateException("No penalty case for " + caseId));
    }

    Optional<PenaltyCase> find(UUID caseId) {
        return jdbc.sql("""
                select case_id, lead_received_on, filing_decision, lead_findings, transfer_to, filed_on,
                  investigation_findings, goods_value, proposed_fine, legal_opinion, prior_notice_served_on,
                  party_response, party_statement, hearing_held_on, decided_on, decision_served_on, fine_amount,
                  legal_articles, paid_on, amount_paid, transferred_on, outcome, hearing_record,
                  investigated_by from penalty_case where case_id = ?""")
                .param(caseId)
                .query((rs, n) -> {
                    PenaltyCase p = new PenaltyCase(rs.getObject(1, UUID.class));
                    p.filingDecision = rs.getString(3) == null ? null : FilingDecision.valueOf(rs.getString(3));
                    p.leadFindings = rs.getString(4);
                    p.transferTo = rs.getString(5);
                    p.filedOn = rs.getObject(6, LocalDate.class);
                    p.investigationFindings = rs.getString(7);
                    p.goodsValue = rs.getBigDecimal(8);
                    p.proposedFine = rs.getBigDecimal(9);
                    p.legalOpinion = rs.getString(10);
                    p.priorNoticeServedOn = rs.getObject(11, LocalDate.class);
                    p.partyResponse = rs.getString(12) == null ? null : PartyResponse.valueOf(rs.getString(12));
                    p.partyStatement = rs.getString(13);
                    p.hearingHeldOn = rs.getObject(14, LocalDate.class);
                    p.decidedOn = rs.getObject(15, LocalDate.class);
                    p.decisionServedOn = rs.getObject(16, LocalDate.class);
                    p.fineAmount = rs.getBigDecimal(17);
                    p.legalArticles = rs.getString(18);
                    p.paidOn = rs.getObject(19, LocalDate.class);
                    p.amountPaid = rs.getBigDecimal(20);
                    p.transferredOn = rs.getObject(21, LocalDate.class);
                    p.outcome = rs.getString(22) == null ? null : PenaltyCase.Outcome.valueOf(rs.getString(22));
                    p.hearingRecord = rs.getString(23);
                    p.investigators = rs.getString(24) == null ? List.of() : List.of(rs.getString(24).split(","));
                    return p;
                })
                .optional();
    }

    void save(PenaltyCase p) {
        jdbc.sql("""
                update penalty_case set filing_decision = ?, lead_findings = ?, transfer_to = ?, filed_on = ?,
                  investigation_findings = ?, goods_value = ?, proposed_fine = ?, legal_opinion = ?,
                  prior_notice_served_on = ?, party_response = ?, party_statement = ?, hearing_held_on = ?,
                  decided_on = ?, decision_served_on = ?, fine_amount = ?, legal_articles = ?, paid_on = ?,
                  amount_paid = ?, transferred_on = ?, outcome = ?, hearing_record = ?, investigated_by = ? where case_id = ?""")
                .params(name(p.filingDecision), p.leadFindings, p.transferTo, p.filedOn, p.investigationFindings,
                        p.goodsValue, p.proposedFine, p.legalOpinion, p.priorNoticeServedOn, name(p.partyResponse),
                        p.partyStatement, p.hearingHeldOn, p.decidedOn, p.decisionServedOn, p.fineAmount,
                        p.legalArticles, p.paidOn, p.amountPaid, p.transferredOn, name(p.outcome), p.hearingRecord,
                        p.investigators.isEmpty() ? null : String.join(",", p.investigators), p.caseId())
                .update();
    }

    /** Applies one step to the case's penalty case and saves it. */
    PenaltyCase change(UUID caseId, java.util.function.Consumer<PenaltyCase> step) {
        PenaltyCase p = get(caseId);
        step.accept(p);
        save(p);
        return p;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
