package org.qualityloop.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qualityloop.casefile.IllegalCaseTransitionException;

/**
 * The penalty case (行政处罚案件) opened on a serious or criminal track, through the steps of the
 * 市场监督管理行政处罚程序规定 in their order: lead verified, filed (or not), investigated, reviewed, prior notice
 * served, the party heard, decided, executed; or transferred. Each step refuses to come before the one it rests
 * on; the model (BPMN) decides when a step comes, this decides whether it may.
 */
final class PenaltyCase {

    /** How the penalty case ended, as recorded. */
    enum Outcome { NOT_FILED, TRANSFERRED, PENALIZED }

    private final UUID caseId;
    FilingDecision filingDecision;
    String leadFindings;
    String transferTo;
    LocalDate filedOn;
    String investigationFindings;
    BigDecimal goodsValue;
    BigDecimal proposedFine;
    String legalArticles;
    /** The officers who investigated (usernames), named on the decision. */
    List<String> investigators = List.of();
    String legalOpinion;
    LocalDate priorNoticeServedOn;
    PartyResponse partyResponse;
    String partyStatement;
    LocalDate hearingHeldOn;
    String hearingRecord;
    LocalDate decidedOn;
    LocalDate decisionServedOn;
    BigDecimal fineAmount;
    LocalDate paidOn;
    BigDecimal amountPaid;
    LocalDate transferredOn;
    Outcome outcome;

    PenaltyCase(UUID caseId) {
        this.caseId = caseId;
    }

    /** The lead verified and a filing decision proposed; again after a refused approval, until filed. */
    void verifyLead(FilingDecision proposal, String findings, String transferTarget) {
        requireRunning();
        require(filedOn == null, "the case is filed already");
        filingDecision = proposal;
        leadFindings = findings;
        transferTo = transferTarget;
    }

    /** 立案: only what was proposed for filing. */
    void file(LocalDate on) {
        requireRunning();
        require(filingDecision == FilingDecision.FILE, "filing was not proposed");
        require(filedOn == null, "the case is filed already");
        filedOn = on;
    }

    /** 不予立案: the penalty case ends here. */
    void notFiled() {
        requireRunning();
        require(filingDecision == FilingDecision.NOT_FILE, "not filing was not proposed");
        outcome = Outcome.NOT_FILED;
    }

    void investigated(String findings, BigDecimal value, BigDecimal fine, String articles, List<String> officers) {
        requireFiled();
        require(priorNoticeServedOn == null, "the prior notice is served already");
        investigators = List.copyOf(officers);
        investigationFindings = findings;
        goodsValue = value;
        proposedFine = fine;
        legalArticles = articles;
    }

    /** 法制审核: an opinion on the investigation; a refusal sends it back to be investigated again. */
    void reviewed(String opinion) {
        requireFiled();
        require(investigationFindings != null, "nothing was investigated");
        legalOpinion = opinion;
    }

    /** 行政处罚告知: the intended penalty as told to the party. */
    void priorNoticeServed(LocalDate on, BigDecimal fine) {
        requireFiled();
        require(legalOpinion != null, "the legal review has not been done");
        priorNoticeServedOn = on;
        proposedFine = fine;
    }

    /** The party's answer, or its waiver when the period ran out. */
    void responded(PartyResponse response, String statement) {
        requireRunning();
        require(priorNoticeServedOn != null, "no prior notice was served");
        partyResponse = response;
        partyStatement = statement;
    }

    void hearingHeld(LocalDate on, String record) {
        requireRunning();
        require(partyResponse == PartyResponse.HEARING, "no hearing was asked for");
        hearingHeldOn = on;
        hearingRecord = record;
    }

    /** 行政处罚决定: only after the party was heard as it asked. */
    void decided(LocalDate on, LocalDate servedOn, BigDecimal fine, String articles) {
        requireRunning();
        require(partyResponse != null, "the party has not answered the prior notice, nor has its period run out");
        require(partyResponse != PartyResponse.HEARING || hearingHeldOn != null, "the hearing asked for was not held");
        decidedOn = on;
        decisionServedOn = servedOn;
        fineAmount = fine;
        legalArticles = articles;
    }

    void paid(LocalDate on, BigDecimal amount) {
        requireRunning();
        require(decidedOn != null, "nothing was decided");
        paidOn = on;
        amountPaid = amount;
        outcome = Outcome.PENALIZED;
    }

    /** 移送: to the competent authority or the judicial organs, before any decision of ours. */
    void transferred(String to, LocalDate on) {
        requireRunning();
        require(decidedOn == null, "a penalty was decided already");
        transferTo = to;
        transferredOn = on;
        outcome = Outcome.TRANSFERRED;
    }

    UUID caseId() {
        return caseId;
    }


    private void requireFiled() {
        requireRunning();
        require(filedOn != null, "the case is not filed");
    }

    private void requireRunning() {
        require(outcome == null, "the penalty case has ended (" + outcome + ")");
    }

    private void require(boolean condition, String why) {
        if (!condition) {
            throw new IllegalCaseTransitionException("Penalty case of " + caseId + ": " + why);
        }
    }
}
