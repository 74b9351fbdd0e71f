package org.qualityloop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.casefile.Track;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every document reads as the law requires it (issue 14, item 3): each kind's required parts are in the text as
 * issued, the enforcement officers are two, named with their certificates (行政处罚法 Art.42).
 */
@QualityLoopIntegrationTest
class LawfulDocumentsIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired Documents documents;

    @BeforeEach
    void today() {
        CaseDriver.today("2026-12-31");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theResultNoticeAndTheReceiptSayWhatTheLawRequires() {
        CaseFile c = driver.served(driver.register(), "2026-09-22");

        assertThat(text(c, DocumentKind.RESULT_NOTICE)).contains("杭州示例电器有限公司：", "在泰安市市场监督管理局组织的",
                "山东省产品质量检验研究院",
                "泄漏电流", "≤0.75mA", "1.2mA", "自收到本告知书之日起十五日内", "提出异议或者申请复检",
                "《中华人民共和国产品质量法》第十五条", "视为承认检验结论", "第四十五条", "立即停止生产、销售同一产品");
        assertThat(text(c, DocumentKind.SERVICE_RECEIPT)).contains("送达文书 检验结论告知书 370983检告〔2026〕",
                "受送达人 杭州示例电器有限公司", "送达方式 直接送达", "送达地点", "送达日期 2026年9月22日",
                "受送达人签名或盖章", "见证人（留置送达时）", "张承办（肥城）（执法证号：15370983001）、")
                .containsPattern("送达人\\R.*（执法证号：\\d+）、.*（执法证号：\\d+）").doesNotContain("DIRECT");
    }

    @Test
    void serviceByLeavingTheDocumentNeedsAWitnessAndEveryEnforcementStepTwoCertifiedOfficers() {
        CaseFile c = driver.register();
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));

        assertThatThrownBy(() -> driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1",
                Map.of("method", "LEFT", "servedOn", "2026-09-22", "addressConfirmed", false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .anyMatch(err -> err.field().equals("witness") && err.code().equals("task.leftNeedsWitness")));
        assertThatThrownBy(() -> driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT",
                "servedOn", "2026-09-22", "addressConfirmed", false, "coOfficer", "enterprise1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all())
                        .anyMatch(err -> err.code().equals("task.officer.notColleague")));
        assertThatThrownBy(() -> driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT",
                "servedOn", "2026-09-22", "addressConfirmed", false, "coOfficer", "handler1")))
                .as("the user is not his own colleague").isInstanceOf(InvalidInputException.class);

        driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "LEFT", "servedOn", "2026-09-22",
                "addressConfirmed", false, "witness", "孙某（社区居委会工作人员）", "place", "杭州市西湖区文三路 1 号",
                "coOfficer", "supervisor1"));
        assertThat(text(c, DocumentKind.SERVICE_RECEIPT)).contains("送达方式 留置送达", "孙某（社区居委会工作人员）",
                "杭州市西湖区文三路 1 号", "王科长（泰安市）（执法证号：15370900001）");
    }

    @Test
    void theObjectionNoticesSpeakOfWhatWasFiled() {
        CaseFile objected = driver.served(driver.register(), "2026-09-22");
        driver.complete(objected, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "OBJECT", "reason", "抽样程序不规范", "receivedOn", "2026-09-30"));
        driver.complete(objected, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", true, "retest", false, "decidedOn", "2026-10-09"));
        assertThat(text(objected, DocumentKind.OBJECTION_ACCEPTANCE)).contains("提出的异议", "决定予以受理")
                .doesNotContain("复检申请");

        CaseFile retest = driver.served(driver.register(), "2026-09-22");
        driver.complete(retest, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "RETEST", "reason", "备样保存不当", "receivedOn", "2026-09-30"));
        driver.complete(retest, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1",
                Map.of("accepted", false, "retest", false, "reason", "申请超过法定期限", "decidedOn", "2026-10-09"));
        assertThat(text(retest, DocumentKind.OBJECTION_REFUSAL)).contains("提出的复检申请", "申请超过法定期限",
                "决定不予受理", "六十日内向肥城市人民政府申请行政复议", "六个月内依法向肥城市人民法院提起行政诉讼");
    }

    @Test
    void thePenaltyDocumentsStateFactsBasisRightsAndRemedies() {
        CaseFile c = driver.rectifying(Track.SERIOUS);
        assertThat(text(c, DocumentKind.RECTIFICATION_ORDER)).contains("第十七条", "第四十六条", "六十日内",
                "更换不合格电源线，召回已售产品", "下架、召回、封存", "整改报告", "组织复查", "予以公告", "责令停业，限期整顿",
                "吊销营业执照", "（执法证号：15370983001）");
        driver.complete(c, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品 300 台", "verifiedOn", "2026-09-29"));
        driver.complete(c, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        assertThat(text(c, DocumentKind.FILING_APPROVAL)).contains("涉嫌生产、销售不合格产品", "涉案产品 300 台",
                "同意立案。王科长（泰安市）");
        driver.complete(c, Bpmn.Task.INVESTIGATE, "handler1", Map.of("findings", "当事人生产的儿童滑板车 300 台不合格，货值 1 万元",
                "goodsValue", "10000", "proposedFine", "20000", "legalArticles", "《中华人民共和国产品质量法》第四十九条",
                "completedOn", "2026-10-15"));
        driver.complete(c, Bpmn.Task.LEGAL_REVIEW, "supervisor1",
                Map.of("approved", true, "opinion", "事实清楚，证据确凿", "reviewedOn", "2026-10-20"));
        driver.complete(c, Bpmn.Task.ISSUE_PRIOR_NOTICE, "handler1", Map.of("servedOn", "2026-10-21", "proposedFine", "20000"));
        assertThat(text(c, DocumentKind.PRIOR_NOTICE)).contains("经调查，本局查明：当事人生产的儿童滑板车 300 台不合格",
                "依据《中华人民共和国产品质量法》第四十九条的规定", "罚款人民币20000元", "陈述和申辩", "要求举行听证",
                "第四十四条", "第六十三条", "五个工作日内", "视为放弃上述权利", "（执法证号：");
        driver.complete(c, Bpmn.Task.RESPOND_TO_PRIOR_NOTICE, "handler1",
                Map.of("response", "HEARING", "statement", "请求从轻处罚", "receivedOn", "2026-10-23"));
        driver.complete(c, Bpmn.Task.HOLD_HEARING, "handler1", Map.of("heldOn", "2026-11-05", "record", "听证笔录"));
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已召回", "stopSaleConfirmed", true, "submittedOn", "2026-11-06"));
        driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-08", "passed", true, "reportNo", "FC-1"));
        assertThat(text(c, DocumentKind.REINSPECTION_RECORD)).contains("复查轮次 首次复查（责令整改后）", "复查结论 合格",
                "被复查单位签字", "FC-1");
        driver.complete(c, Bpmn.Task.DECIDE_PENALTY, "supervisor1", Map.of("decidedOn", "2026-11-10",
                "servedOn", "2026-11-11", "fineAmount", "20000", "legalArticles", "《中华人民共和国产品质量法》第四十九条"));

        assertThat(text(c, DocumentKind.PENALTY_DECISION)).contains("当事人：杭州示例电器有限公司", "统一社会信用代码：",
                "2026年9月30日立案调查", "经查明：当事人生产的儿童滑板车 300 台不合格", "上述事实有以下证据证明",
                "要求听证", "2026年11月5日依法举行了听证", "依据《中华人民共和国产品质量法》第四十九条的规定",
                "罚款人民币20000元", "自收到本决定书之日起十五日内", "每日按罚款数额的百分之三加处罚款",
                "六十日内向肥城市人民政府申请行政复议", "六个月内依法向肥城市人民法院提起行政诉讼",
                "张承办（肥城）（执法证号：15370983001）");
    }

    private String text(CaseFile c, DocumentKind kind) {
        return documents.list(c.id()).stream().filter(d -> d.kind() == kind).reduce((a, b) -> b)
                .map(IssuedDocument::body).orElseThrow(() -> new AssertionError("no " + kind + " on " + c.caseNo()));
    }
}
