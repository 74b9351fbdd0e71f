package org.qualityloop.grading;

/** What a case in an enterprise's history can count against it; each is an input of the grade table. */
public enum HistoryFact {
    NONCONFORMING("nonconforming"),
    SAFETY_FAILURE("safetyFailures"),
    DEEMED_ACCEPTANCE("deemedAcceptances"),
    RECTIFICATION_OVERDUE("rectificationOverdue"),
    REINSPECTION_FAILED("reinspectionFailures"),
    SUSPENSION("suspensions"),
    PENALTY("penalties"),
    TRANSFER("transfers");

    private final String input;

    HistoryFact(String input) {
        this.input = input;
    }

    /** The name of the decision table's input that counts this fact. */
    public String input() {
        return input;
    }
}
