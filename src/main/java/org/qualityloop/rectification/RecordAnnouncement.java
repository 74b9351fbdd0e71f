package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.FieldErrors;
import org.qualityloop.process.FormField;
import org.qualityloop.process.FormValues;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
import org.qualityloop.process.TaskForm;
import org.springframework.stereotype.Component;

/** The province's announcement (公告) is on record; the second re-inspection window counts from its date. */
@Component
class RecordAnnouncement implements TaskAction {

    private final Rectifications rectifications;
    private final Documents documents;
    private final CaseDeadlines deadlines;

    RecordAnnouncement(Rectifications rectifications, Documents documents, CaseDeadlines deadlines) {
        this.rectifications = rectifications;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @Override
    public String taskKey() {
        return Bpmn.Task.RECORD_ANNOUNCEMENT;
    }

    @Override
    public TaskForm form() {
        return TaskForm.of(FormField.date("announcedOn"), FormField.text("announcementNo"));
    }

    @Override
    public void check(TaskContext context, FormValues values, FieldErrors errors) {
        DateChecks.notBefore(errors, "announcedOn", values.date("announcedOn"),
                rectifications.reportedUpOn(context.caseFile().id()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context, FormValues values) {
        CaseFile c = context.caseFile();
        LocalDate announcedOn = values.date("announcedOn");
        rectifications.announced(c.id(), announcedOn, values.text("announcementNo"));
        deadlines.start(c.id(), "SECOND_REINSPECTION_OPENS", announcedOn);
        deadlines.start(c.id(), "SECOND_REINSPECTION", announcedOn);
        documents.issue(c, DocumentKind.ANNOUNCEMENT, announcedOn, "省级市场监督管理部门公告（" + values.text("announcementNo")
                + "）：" + c.intake().sampledEnterprise().name() + "生产（销售）的" + c.intake().product().name()
                + "经监督抽查不合格，责令整改后复查仍不合格。", context.username());
        return Map.of(Bpmn.Var.PROVINCE_ANNOUNCED_ON, announcedOn.toString());
    }
}
