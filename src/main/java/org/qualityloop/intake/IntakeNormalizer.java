package org.qualityloop.intake;

/** Trims every text so that a replay differing only in white space is recognised as the same report. */
final class IntakeNormalizer {

    private IntakeNormalizer() {
    }

    static IntakeRequest normalize(IntakeRequest r) {
        return new IntakeRequest(t(r.reportNo()),
                new IntakeRequest.ProductData(t(r.product().name()), t(r.product().model()), t(r.product().batch()),
                        t(r.product().category()), t(r.product().trademark())),
                t(r.sampledAt()), t(r.reportIssuedAt()),
                r.failedItems().stream().map(i -> new IntakeRequest.FailedItemData(t(i.item()), t(i.requirement()),
                        t(i.measured()), t(i.hazard()))).toList(),
                party(r.sampledEnterprise()), party(r.producer()), t(r.bureauCode()), t(r.organizingBureauCode()),
                t(r.institution()), t(r.spotCheckPlan()), Boolean.TRUE.equals(r.adulterationSuspected()));
    }

    /** The request's report number as a registration records it. */
    static String reportNo(IntakeRequest r) {
        return t(r.reportNo());
    }

    private static IntakeRequest.PartyData party(IntakeRequest.PartyData p) {
        return p == null ? null : new IntakeRequest.PartyData(t(p.uscc()), t(p.name()), t(p.address()));
    }

    private static String t(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
