package org.qualityloop.casefile;

/**
 * What a line of the case's event log records. Each type is labelled by {@code event.<TYPE>} in the bundles;
 * a test fails when one has no label.
 */
public enum CaseEventType {
    CASE_REGISTERED,
    STAGE_ENTERED,
    TASK_COMPLETED,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    TASK_REASSIGNED,
    DOCUMENT_ISSUED,
    DOCUMENT_ACKNOWLEDGED,
    ATTACHMENT_FILED,
    DEEMED_SERVED,
    DEEMED_ACCEPTED,
    STOP_SALE_LIFTED,
    CLASSIFICATION_INPUTS,
    RECTIFICATION_STARTED,
    RECTIFICATION_FINISHED,
    RECTIFICATION_OVERDUE,
    PENALTY_STARTED,
    PENALTY_FINISHED,
    STATEMENT_WAIVED,
    CASE_ARCHIVED,
    /** A published entry corrected or withdrawn by a supervisor, with the reason. */
    PUBLICATION_CHANGED,
    /** The case moved to the competent bureau, with the reason. */
    JURISDICTION_TRANSFERRED,
    /** Another bureau told of the result (18号令 Art.44). */
    BUREAU_NOTIFIED,
    DEADLINE_REMINDER,
    ENTERPRISE_REMINDER,
    DEADLINE_OVERDUE,
    DEADLINE_EXTENDED,
    /** The re-test institution was drawn at random (among whom) or chosen by the handler (with the reason). */
    RETEST_INSTITUTION_SELECTED,
    /** A year's holiday notice was loaded and the case's running deadlines counted again (old → new). */
    CALENDAR_VERIFIED;

    public String messageKey() {
        return "event." + name();
    }

    /** The event that a stage running beside the main line (rectification, penalty) has started. */
    public static CaseEventType started(Stage track) {
        return switch (track) {
            case RECTIFICATION -> RECTIFICATION_STARTED;
            case PENALTY -> PENALTY_STARTED;
            default -> throw new IllegalArgumentException("No parallel track " + track);
        };
    }

    /** The event that such a stage has finished. */
    public static CaseEventType finished(Stage track) {
        return switch (track) {
            case RECTIFICATION -> RECTIFICATION_FINISHED;
            case PENALTY -> PENALTY_FINISHED;
            default -> throw new IllegalArgumentException("No parallel track " + track);
        };
    }
}
