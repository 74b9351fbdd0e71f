package org.qualityloop.casefile;

/**
 * The documents (文书) the service issues. The official title and the abbreviation in the document
 * number are part of the Chinese document itself, not UI text. Announcement and publication entry are public.
 */
public enum DocumentKind {
    RESULT_NOTICE("检验结论告知书", "检告", true),
    SERVICE_RECEIPT("送达回证", "送证", false),
    OBJECTION_ACCEPTANCE("异议受理通知书", "异受", true),
    OBJECTION_REFUSAL("异议不予受理通知书", "异不受", true),
    RETEST_NOTICE("复检通知书", "复检", true),
    OBJECTION_DECISION("异议处理决定书", "异决", true),
    RECTIFICATION_ORDER("责令整改通知书", "责改", true),
    REINSPECTION_RECORD("复查记录", "复查", true),
    ANNOUNCEMENT("公告", "公告", true),
    SUSPENSION_ORDER("责令停业整顿决定书", "停整", true),
    FILING_APPROVAL("立案审批表", "立审", false),
    PRIOR_NOTICE("行政处罚告知书", "罚告", true),
    PENALTY_DECISION("行政处罚决定书", "罚决", true),
    TRANSFER_LETTER("案件移送函", "移送", false),
    HANDLING_REPORT("处理情况报告", "处报", false),
    PUBLICATION_ENTRY("信息公开条目", "公开", true);

    private final String title;
    private final String abbreviation;
    private final boolean servedOnParty;

    DocumentKind(String title, String abbreviation, boolean servedOnParty) {
        this.title = title;
        this.abbreviation = abbreviation;
        this.servedOnParty = servedOnParty;
    }

    /** Whether the party sees it in the portal; internal papers (approval forms, letters to others) it does not. */
    public boolean servedOnParty() {
        return servedOnParty;
    }

    public String title() {
        return title;
    }

    String abbreviation() {
        return abbreviation;
    }
}
