package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.Documents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.DateChecks;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskContext;
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
    public Form form() {
        return Form.of(FormField.date("announcedOn"), FormField.text("announcementNo").max(FormField.NUMBER_MAX));
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
        deadlines.start(c.id(), Step.SECOND_REINSPECTION_OPENS, announcedOn);
        deadlines.start(c.id(), Step.SECOND_REINSPECTION, announcedOn);
        documents.issue(c, announcedOn, context.username(), DocumentText.of(DocumentKind.ANNOUNCEMENT)
                .with("announcementNo", values.text("announcementNo")).with("announcedOn", announcedOn));
        return Map.of(Bpmn.Var.PROVINCE_ANNOUNCED_ON, announcedOn.toString());
    }
}
