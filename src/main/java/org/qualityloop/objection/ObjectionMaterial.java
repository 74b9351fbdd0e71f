package org.qualityloop.objection;

import java.util.UUID;
import org.qualityloop.identity.Institutions;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.Material;
import org.springframework.stereotype.Component;

/** The objection's records as the decisions on it show them: what was filed, accepted, re-tested, proposed. */
@Component
class ObjectionMaterial {

    private final Objections objections;
    private final Retests retests;
    private final Institutions institutions;

    ObjectionMaterial(Objections objections, Retests retests, Institutions institutions) {
        this.objections = objections;
        this.retests = retests;
        this.institutions = institutions;
    }

    /** What the enterprise filed: its answer, its reason, the day it came in and the materials with it. */
    Material.Builder filed(Material.Builder material, UUID caseId) {
        objections.find(caseId).ifPresent(o -> material
                .named("material.objection.response", "option.decision.", o.response())
                .text("material.objection.reason", o.reason())
                .date("material.objection.receivedOn", o.receivedOn()));
        return material.filesOf(Bpmn.Task.RESPOND_TO_RESULT);
    }

    Material.Builder acceptance(Material.Builder material, UUID caseId) {
        objections.find(caseId).ifPresent(o -> material
                .yesNo("material.objection.accepted", o.accepted())
                .yesNo("material.objection.retest", o.retest())
                .text("material.objection.acceptanceReason", o.acceptanceReason()));
        return material;
    }

    /** Where the backup sample went and, once there is one, the re-test's conclusion and its report. */
    Material.Builder retest(Material.Builder material, UUID caseId) {
        retests.find(caseId).ifPresent(r -> material
                .text("material.retest.institution", institutions.nameOf(r.institutionCode()))
                .date("material.retest.sampleSentOn", r.sampleSentOn())
                .date("material.retest.sampleReceivedOn", r.sampleReceivedOn())
                .named("material.retest.conclusion", "option.conclusion.", r.conclusion())
                .text("material.retest.reportNo", r.reportNo())
                .date("material.retest.concludedOn", r.concludedOn())
                .filesOf(Bpmn.Task.RECORD_RETEST_RESULT));
        return material;
    }

    Material.Builder proposal(Material.Builder material, UUID caseId) {
        objections.find(caseId).ifPresent(o -> material
                .named("material.objection.proposedOutcome", "option.proposedOutcome.", o.proposedOutcome())
                .text("material.objection.proposalReason", o.proposalReason()));
        return material;
    }
}
