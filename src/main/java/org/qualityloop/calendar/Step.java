package org.qualityloop.calendar;

/**
 * The steps that have a deadline: each has one row in {@code deadline_rule} (amount, unit, legal basis), is
 * named by the models' due dates and timers ({@code OBJECTION@${servedOn}}), and is labelled by
 * {@code deadline.<STEP>} in the bundles. A test ties the four together.
 */
public enum Step {
    RESULT_NOTICE,
    SERVICE_RECORD,
    ANNOUNCEMENT_SERVICE,
    OBJECTION,
    OBJECTION_ACCEPTANCE,
    RETEST_ARRANGEMENT,
    RETEST_SAMPLE_RECEIPT,
    RETEST_REPORT,
    OBJECTION_REVIEW,
    SUPERVISOR_APPROVAL,
    CLASSIFICATION,
    RECTIFICATION_ORDER,
    RECTIFICATION,
    FIRST_REINSPECTION,
    REPORT_TO_PROVINCE,
    ANNOUNCEMENT_RECORD,
    SECOND_REINSPECTION_OPENS,
    SECOND_REINSPECTION,
    SUSPENSION_ORDER,
    SUSPENSION_REINSPECTION,
    REVOCATION_REFERRAL,
    LEAD_VERIFICATION,
    LEGAL_REVIEW,
    STATEMENT,
    HEARING,
    PENALTY_DECISION,
    FINE_PAYMENT,
    /** The decision made public on the enterprise credit publicity system. */
    PENALTY_PUBLICITY,
    TRANSFER,
    HANDLING_REPORT,
    PUBLICATION_DRAFT;

    /** Whether the step's day opens a window rather than ends a period: it does not move off a rest day. */
    public boolean opensWindow() {
        return this == SECOND_REINSPECTION_OPENS;
    }

    /** The bundle key of the step's name. */
    public String messageKey() {
        return "deadline." + name();
    }

    /**
     * The step a due-date or timer expression of the models names ({@code RECTIFICATION@${orderedOn}} gives
     * RECTIFICATION), or null for one that names none ({@code @${suspensionEndsOn}}).
     */
    public static Step ofExpression(String expression) {
        if (expression == null || expression.isBlank() || expression.trim().startsWith("@")) {
            return null;
        }
        return valueOf(expression.trim().split("@")[0]);
    }
}
