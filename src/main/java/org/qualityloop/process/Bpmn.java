package org.qualityloop.process;

/** Every name shared with the models in {@code processes/}; no BPMN string is spelled anywhere else. */
public final class Bpmn {

    private Bpmn() {
    }

    /** Process definition keys. */
    public static final class Process {
        public static final String POST_PROCESSING = "post-processing";
        public static final String RESULT_DELIVERY = "result-delivery";
        public static final String OBJECTION = "objection";
        public static final String RECTIFICATION = "rectification";
        public static final String PENALTY = "penalty";
        public static final String PUBLICATION = "publication";
        public static final String CLASSIFICATION_DECISION = "nonconformity-classification";

        private Process() {
        }
    }

    /** Process variables: ids, routing flags and the dates that timers count from. */
    public static final class Var {
        public static final String CASE_ID = "caseId";
        public static final String BUREAU = "bureau";
        public static final String ENTERPRISE = "enterprise";
        public static final String REGISTERED_ON = "registeredOn";
        /** The day recorded by the last completed task: what the next internal deadline counts from. */
        public static final String RECORDED_ON = "recordedOn";
        public static final String NOTICE_ISSUED_ON = "noticeIssuedOn";
        public static final String SERVICE_METHOD = "serviceMethod";
        public static final String ANNOUNCED_ON = "announcedOn";
        public static final String SERVED_ON = "servedOn";
        public static final String RESPONSE = "response";
        public static final String OBJECTION_RECEIVED_ON = "objectionReceivedOn";
        public static final String OBJECTION_ACCEPTED = "objectionAccepted";
        public static final String RETEST_ORDERED = "retestOrdered";
        public static final String RETEST_INSTITUTION = "retestInstitution";
        public static final String RETEST_SAMPLE_RECEIVED_ON = "retestSampleReceivedOn";
        public static final String SUPERVISOR_APPROVED = "supervisorApproved";
        public static final String OBJECTION_OUTCOME = "objectionOutcome";
        public static final String RESULT_FINAL_ON = "resultFinalOn";
        public static final String HAZARD = "hazard";
        public static final String REPEAT_FAILURE = "repeatFailure";
        public static final String KEY_PRODUCT = "keyProduct";
        public static final String RISK_GRADE = "riskGrade";
        public static final String ADULTERATION_SUSPECTED = "adulterationSuspected";
        public static final String SUGGESTED_TRACK = "suggestedTrack";
        public static final String TRACK = "track";
        public static final String ORDERED_ON = "orderedOn";
        public static final String REINSPECTION_PASSED = "reinspectionPassed";
        public static final String PROVINCE_ANNOUNCED_ON = "provinceAnnouncedOn";
        public static final String SUSPENSION_ENDS_ON = "suspensionEndsOn";
        public static final String LEAD_RECEIVED_ON = "leadReceivedOn";
        public static final String FILING_DECISION = "filingDecision";
        public static final String FILED_ON = "filedOn";
        public static final String INVESTIGATION_COMPLETED_ON = "investigationCompletedOn";
        public static final String PRIOR_NOTICE_SERVED_ON = "priorNoticeServedOn";
        public static final String HEARING_REQUESTED = "hearingRequested";
        public static final String DECISION_SERVED_ON = "decisionServedOn";

        private Var() {
        }
    }

    /** User task ids (= task definition keys), one per form. */
    public static final class Task {
        public static final String ISSUE_RESULT_NOTICE = "issueResultNotice";
        public static final String RECORD_SERVICE = "recordService";
        public static final String RESPOND_TO_RESULT = "respondToResult";
        public static final String DECIDE_OBJECTION_ACCEPTANCE = "decideObjectionAcceptance";
        public static final String ARRANGE_RETEST = "arrangeRetest";
        public static final String RECEIVE_RETEST_SAMPLE = "receiveRetestSample";
        public static final String RECORD_RETEST_RESULT = "recordRetestResult";
        public static final String REVIEW_OBJECTION = "reviewObjection";
        public static final String APPROVE_OBJECTION_DECISION = "approveObjectionDecision";
        public static final String CONFIRM_CLASSIFICATION = "confirmClassification";
        public static final String ISSUE_RECTIFICATION_ORDER = "issueRectificationOrder";
        /** Not in the standard stage: offered to provinces whose variant has the order approved first (issue 16). */
        public static final String APPROVE_RECTIFICATION_ORDER = "approveRectificationOrder";
        public static final String SUBMIT_RECTIFICATION_REPORT = "submitRectificationReport";
        public static final String RECORD_FIRST_REINSPECTION = "recordFirstReinspection";
        public static final String REPORT_TO_PROVINCE = "reportToProvince";
        public static final String RECORD_ANNOUNCEMENT = "recordAnnouncement";
        public static final String RECORD_SECOND_REINSPECTION = "recordSecondReinspection";
        public static final String ORDER_SUSPENSION = "orderSuspension";
        public static final String RECORD_SUSPENSION_REINSPECTION = "recordSuspensionReinspection";
        public static final String REFER_LICENCE_REVOCATION = "referLicenceRevocation";
        public static final String VERIFY_LEAD = "verifyLead";
        public static final String APPROVE_FILING = "approveFiling";
        public static final String INVESTIGATE = "investigate";
        public static final String LEGAL_REVIEW = "legalReview";
        public static final String ISSUE_PRIOR_NOTICE = "issuePriorNotice";
        public static final String RESPOND_TO_PRIOR_NOTICE = "respondToPriorNotice";
        public static final String HOLD_HEARING = "holdHearing";
        public static final String DECIDE_PENALTY = "decidePenalty";
        public static final String RECORD_EXECUTION = "recordExecution";
        public static final String PREPARE_TRANSFER = "prepareTransfer";
        public static final String SUBMIT_HANDLING_REPORT = "submitHandlingReport";
        public static final String DRAFT_PUBLICATION = "draftPublication";
        public static final String APPROVE_PUBLICATION = "approvePublication";

        private Task() {
        }
    }

}
