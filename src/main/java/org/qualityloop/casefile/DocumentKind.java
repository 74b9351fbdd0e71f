package org.qualityloop.casefile;

/**
 * The documents (文书) the service issues. The official title and the abbreviation in the document
 * number are part of the Chinese document itself, not UI text.
 */
public enum DocumentKind {
    RESULT_NOTICE("检验结论告知书", "检告"),
    SERVICE_RECEIPT("送达回证", "送证"),
    OBJECTION_ACCEPTANCE("异议受理通知书", "异受"),
    OBJECTION_REFUSAL("异议不予受理通知书", "异不受"),
    RETEST_NOTICE("复检通知书", "复检"),
    OBJECTION_DECISION("异议处理决定书", "异决"),
    RECTIFICATION_ORDER("责令整改通知书", "责改"),
    REINSPECTION_RECORD("复查记录", "复查"),
    ANNOUNCEMENT("公告", "公告"),
    SUSPENSION_ORDER("责令停业整顿决定书", "停整"),
    FILING_APPROVAL("立案审批表", "立审"),
    PRIOR_NOTICE("行政处罚告知书", "罚告"),
    PENALTY_DECISION("行政处罚决定书", "罚决"),
    TRANSFER_LETTER("案件移送函", "移送"),
    HANDLING_REPORT("处理情况报告", "处报"),
    PUBLICATION_ENTRY("信息公开条目", "公开");

    private final String title;
    private final String abbreviation;

    DocumentKind(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    public String title() {
        return title;
    }

    String abbreviation() {
        return abbreviation;
    }
}
