package org.qualityloop.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseSearch;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.NumberSequences;
import org.qualityloop.documents.OfficialDocuments;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The handling report (处理情况报告) of a plan for one bureau: every case of the plan in that bureau with its stage,
 * outcome, key dates and whether each deadline was met, made from the data as a document (PDF) and a workbook; a
 * supervisor of the bureau reviews and submits it, numbered and kept with the plan; the organising bureau reads
 * the reports of every bureau below it, rolled up.
 */
@Service
public class HandlingReports {

    /** One case of the report. */
    public record Line(String caseNo, String enterprise, String product, String stage, String outcome,
                       LocalDate registeredOn, LocalDate closedOn, int deadlines, int metInTime, int late) {
    }

    /** The report as made from the data now: its lines and totals. */
    public record Draft(Plan plan, String bureauCode, String bureauName, List<Line> lines, int closed, int late) {
    }

    /** A report as submitted. */
    public record Submitted(UUID id, String bureauCode, String bureauName, String reportNo, String submittedBy,
                            Instant submittedAt, int cases, int closed, int late) {
    }

    private static final int MOST_CASES = 20_000;

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final CaseDeadlines deadlines;
    private final Bureaus bureaus;
    private final NumberSequences numbers;
    private final OfficialDocuments documents;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final BusinessClock clock;

    HandlingReports(JdbcClient jdbc, CaseFiles cases, CaseDeadlines deadlines, Bureaus bureaus, NumberSequences numbers,
                    OfficialDocuments documents, ITemplateEngine templates, MessageSource messages, BusinessClock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.deadlines = deadlines;
        this.bureaus = bureaus;
        this.numbers = numbers;
        this.documents = documents;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report of the bureau's cases of the plan, as the data stand; only for those who may read that bureau. */
    public Draft draft(Actor actor, Plan plan, String bureauCode) {
        if (!actor.is(Role.ADMIN) && !actor.bureaus().contains(bureauCode)) {
            throw new AccessDeniedException("Not in scope: " + bureauCode);
        }
        CaseSearch search = CaseSearch.of(actor, null, null).narrowed(null, bureauCode, null, null)
                .ofPlan(List.of(plan.code(), plan.name()));
        List<Line> lines = cases.search(search, 0, MOST_CASES).stream().map(this::line).toList();
        return new Draft(plan, bureauCode, bureaus.nameOf(bureauCode), lines,
                (int) lines.stream().filter(l -> l.closedOn() != null).count(),
                lines.stream().mapToInt(Line::late).sum());
    }

    /** One case's line of the report, as the data stand: for the case's own handling-report step. */
    public Line line(CaseFile c) {
        List<CaseDeadline> due = deadlines.list(c.id());
        LocalDate today = clock.today();
        int met = (int) due.stream().filter(d -> d.metOn() != null && !d.metOn().isAfter(d.dueOn())).count();
        int late = (int) due.stream().filter(d -> d.metOn() != null ? d.metOn().isAfter(d.dueOn())
                : d.dueOn().isBefore(today)).count();
        return new Line(c.caseNo(), c.intake().sampledEnterprise().name(), c.intake().product().name(),
                text("caseStage." + c.stage().name()),
                c.outcome() == null ? text("plans.report.running") : text("outcome." + c.outcome().name()),
                c.intake().registeredOn(), c.closedAt() == null ? null : c.closedAt().atZone(clock.zone()).toLocalDate(),
                due.size(), met, late);
    }

    public byte[] pdf(Draft draft, String number, LocalDate on) {
        Context context = new Context(DocumentText.LANGUAGE);
        context.setVariable("draft", draft);
        context.setVariable("organizer", bureaus.nameOf(draft.plan().organizingBureau()));
        String body = templates.process("documents/kinds/PLAN_REPORT", Set.of("body"), context).strip();
        return documents.pdf(draft.bureauCode(), number, text("plans.report.title"), body, on);
    }

    public byte[] sheet(Draft draft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "QualityLoop", "1.0");
            Worksheet sheet = workbook.newWorksheet(draft.plan().code());
            List<String> headers = List.of("plans.col.caseNo", "plans.col.enterprise", "plans.col.product",
                    "plans.col.stage", "plans.col.outcome", "plans.col.registeredOn", "plans.col.closedOn",
                    "plans.col.deadlines", "plans.col.metInTime", "plans.col.late");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, text(headers.get(c)));
            }
            int r = 1;
            for (Line l : draft.lines()) {
                sheet.value(r, 0, l.caseNo());
                sheet.value(r, 1, l.enterprise());
                sheet.value(r, 2, l.product());
                sheet.value(r, 3, l.stage());
                sheet.value(r, 4, l.outcome());
                sheet.value(r, 5, l.registeredOn().toString());
                sheet.value(r, 6, l.closedOn() == null ? "" : l.closedOn().toString());
                sheet.value(r, 7, l.deadlines());
                sheet.value(r, 8, l.metInTime());
                sheet.value(r, 9, l.late());
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Submitted by a supervisor of the bureau: numbered, kept with the plan as it was. */
    @Transactional
    public Submitted submit(Actor supervisor, Plan plan, String bureauCode) {
        if (!supervisor.is(Role.SUPERVISOR) || !supervisor.bureaus().contains(bureauCode)) {
            new FieldErrors().reject("bureau", "plans.error.notSupervisor").throwIfAny();
        }
        Draft draft = draft(supervisor, plan, bureauCode);
        LocalDate today = clock.today();
        String number = bureaus.numberPrefix(bureauCode) + "计报〔" + today.getYear() + "〕"
                + numbers.next(bureauCode, "PLAN_REPORT", today.getYear()) + "号";
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan_handling_report (id, plan_code, bureau_code, report_no, submitted_by, submitted_at,
                  cases, closed, late, pdf, sheet) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, plan.code(), bureauCode, number, supervisor.username(), Timestamp.from(clock.now()),
                        draft.lines().size(), draft.closed(), draft.late(), pdf(draft, number, today), sheet(draft))
                .update();
        return submitted(plan.code()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The reports submitted on the plan, newest first; the organising bureau's roll-up reads them all. */
    public List<Submitted> submitted(String planCode) {
        return jdbc.sql("""
                select id, bureau_code, report_no, submitted_by, submitted_at, cases, closed, late
                from plan_handling_report where plan_code = ? order by submitted_at desc""")
                .param(planCode)
                .query((rs, n) -> new Submitted(rs.getObject(1, UUID.class), rs.getString(2), bureaus.nameOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }

    /** A submitted report's PDF, for those who may read its bureau or organise the plan. */
    public Optional<byte[]> submittedPdf(Actor actor, Plan plan, UUID id) {
        return jdbc.sql("select bureau_code, pdf from plan_handling_report where id = ? and plan_code = ?")
                .params(id, plan.code())
                .query((rs, n) -> mayRead(actor, plan, rs.getString(1)) ? rs.getBytes(2) : null)
                .optional();
    }

    /** The bureau's own staff, and the organising bureau's over every bureau below it. */
    public boolean mayRead(Actor actor, Plan plan, String bureauCode) {
        return actor.is(Role.ADMIN) || actor.bureaus().contains(bureauCode)
                || actor.bureaus().contains(plan.organizingBureau());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DocumentText.LANGUAGE);
    }
}
