package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** The handler issues the 检验结论告知书; the date on it starts the clock for recording service. */
@Component
class IssueResultNotice implements TaskAction {

    private final Documents documents;
    private final CaseDeadlines deadlines;

    IssueResultNotice(Documents documents, CaseDeadlines deadlines) {
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.ISSUE_RESULT_NOTICE;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("issuedOn"));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        LocalDate issuedOn = values.date("issuedOn");
        documents.issue(c, DocumentKind.RESULT_NOTICE, issuedOn, body(c), context.username());
        deadlines.met(c.id(), "RESULT_NOTICE", issuedOn);
        return Map.of(Bpmn.Var.NOTICE_ISSUED_ON, issuedOn.toString());
    }

    private static String body(CaseFile c) {
        CaseFile.Intake in = c.intake();
        String items = in.failedItems().stream().map(i -> i.item() + "（标准要求：" + i.requirement() + "，实测：" + i.measured() + "）")
                .collect(Collectors.joining("；"));
        return in.sampledEnterprise().name() + "：\n经" + in.institution() + "检验（报告编号 " + in.reportNo() + "），你单位"
                + in.sampledOn() + "被抽样的" + in.product().name() + "（型号 " + nz(in.product().model()) + "，批号 "
                + nz(in.product().batch()) + "）不合格。不合格项目：" + items + "。\n"
                + "自即日起应停止生产、销售同一产品。对检验结论有异议的，可自收到本告知书之日起十五日内提出异议或申请复检；"
                + "逾期未提出的，视为承认检验结论。";
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
