package org.qualityloop.penalty;

import java.util.UUID;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.Material;
import org.springframework.stereotype.Component;

/** The penalty case's records as its decisions show them: the lead, the investigation, the party's answer. */
@Component
class PenaltyMaterial {

    private final PenaltyCases penalties;

    PenaltyMaterial(PenaltyCases penalties) {
        this.penalties = penalties;
    }

    Material.Builder lead(Material.Builder material, UUID caseId) {
        penalties.find(caseId).ifPresent(p -> material
                .named("material.penalty.filingProposal", "option.proposal.", p.filingDecision)
                .text("material.penalty.leadFindings", p.leadFindings)
                .text("material.penalty.transferTo", p.transferTo));
        return material;
    }

    Material.Builder investigation(Material.Builder material, UUID caseId) {
        penalties.find(caseId).ifPresent(p -> material
                .text("material.penalty.investigationFindings", p.investigationFindings)
                .amount("material.penalty.goodsValue", p.goodsValue)
                .amount("material.penalty.proposedFine", p.proposedFine)
                .text("material.penalty.legalArticles", p.legalArticles)
                .text("material.penalty.legalOpinion", p.legalOpinion));
        return material.filesOf(Bpmn.Task.INVESTIGATE);
    }

    /** What the party said to the prior notice, or that it asked to be heard and what the hearing recorded. */
    Material.Builder party(Material.Builder material, UUID caseId) {
        penalties.find(caseId).ifPresent(p -> material
                .date("material.penalty.priorNoticeServedOn", p.priorNoticeServedOn)
                .named("material.penalty.partyResponse", "option.response.", p.partyResponse)
                .text("material.penalty.partyStatement", p.partyStatement)
                .date("material.penalty.hearingHeldOn", p.hearingHeldOn)
                .text("material.penalty.hearingRecord", p.hearingRecord));
        return material.filesOf(Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, Bpmn.Task.HOLD_HEARING);
    }

    /** The intended penalty the decision starts from: the fine of the prior notice and its basis. */
    Material.Builder proposeDecision(Material.Builder material, UUID caseId) {
        penalties.find(caseId).ifPresent(p -> material
                .propose("fineAmount", p.proposedFine)
                .propose("legalArticles", p.legalArticles));
        return material;
    }

    /** The prior notice starts from the fine the investigation proposed. */
    Material.Builder proposePriorNotice(Material.Builder material, UUID caseId) {
        penalties.find(caseId).ifPresent(p -> material.propose("proposedFine", p.proposedFine));
        return material;
    }
}
