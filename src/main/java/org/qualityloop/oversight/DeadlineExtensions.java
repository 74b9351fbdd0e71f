package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.process.OpenTask;
import org.qualityloop.worklist.OpenTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extending a running deadline where the law allows it (rectification once, at most 30 days, asked at
 * least 5 days before it ends; penalty decision +30 days), as configured in {@link OversightProperties}.
 * The case's deadline, the open tasks and timers that follow it, and tasks still to come all move.
 */
@Service
public class DeadlineExtensions {

    public static final int MAX_REASON = 2000;

    /** A running deadline that may be extended, with how much room the rule still leaves. */
    public record Extendable(Step step, LocalDate dueOn, int timesUsed, OversightProperties.ExtensionRule rule,
                             LocalDate latestRequest) {
    }

    public record Extension(Step step, LocalDate requestedOn, int days, LocalDate dueBefore, LocalDate dueAfter,
                            String reason, String approvedBy, java.time.Instant approvedAt) {
    }

    private record Running(LocalDate startsOn, LocalDate dueOn, LocalDate metOn) {
    }

    private final OversightProperties properties;
    private final CaseAccess access;
    private final StatutoryCalendar calendar;
    private final BusinessClock clock;
    private final CaseEvents events;
    private final DueDateFollower follower;
    private final Notifications notifications;
    private final Recipients recipients;
    private final JdbcClient jdbc;
    private final CaseDeadlines deadlines;
    private final OpenTasks openTasks;

    DeadlineExtensions(OversightProperties properties, CaseAccess access, StatutoryCalendar calendar,
                       BusinessClock clock, CaseEvents events, DueDateFollower follower, Notifications notifications,
                       Recipients recipients, JdbcClient jdbc, CaseDeadlines deadlines, OpenTasks openTasks) {
        this.deadlines = deadlines;
        this.openTasks = openTasks;
        this.properties = properties;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.follower = follower;
        this.notifications = notifications;
        this.recipients = recipients;
        this.jdbc = jdbc;
    }

    /** The case's running deadlines that a rule allows extending, whether or not room is left. */
    @Transactional(readOnly = true)
    public List<Extendable> extendable(CaseFile c) {
        List<Extendable> found = new ArrayList<>();
        properties.extensions().forEach((step, rule) -> running(c.id(), step).filter(r -> r.metOn() == null)
                .ifPresent(r -> found.add(new Extendable(step, r.dueOn(), timesUsed(c.id(), step), rule,
                        r.dueOn().minusDays(rule.minDaysBefore())))));
        found.sort(java.util.Comparator.comparing(Extendable::dueOn));
        return found;
    }

    @Transactional(readOnly = true)
    public List<Extension> history(UUID caseId) {
        return jdbc.sql("""
                select step, requested_on, days, due_before, due_after, reason, approved_by, approved_at
                from deadline_extension where case_id = ? order by id""")
                .param(caseId)
                .query((rs, n) -> new Extension(Step.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The extension form as submitted: read through {@link ExtensionRequest#FORM}, then as {@link #approve}. */
    @Transactional
    public Extension approve(Actor supervisor, UUID caseId, java.util.Map<String, ?> submitted) {
        FieldErrors errors = new FieldErrors();
        var values = ExtensionRequest.FORM.read(submitted, errors);
        errors.throwIfAny();
        return approve(supervisor, caseId, ExtensionRequest.of(values));
    }

    /** Checks the request against the rule and, if the law allows it, moves the deadline. */
    @Transactional
    public Extension approve(Actor supervisor, UUID caseId, ExtensionRequest request) {
        Reassignment.requireSupervisor(supervisor);
        CaseFile c = access.visible(supervisor, caseId);
        FieldErrors errors = new FieldErrors();
        OversightProperties.ExtensionRule rule = request.step() == null ? null : properties.extensions().get(request.step());
        Running running = rule == null ? null : running(caseId, request.step()).orElse(null);
        if (rule == null) {
            errors.reject("step", "extension.error.notExtendable");
        } else if (c.status() != CaseStatus.OPEN || running == null || running.metOn() != null) {
            errors.reject("step", "extension.error.notRunning");
        } else if (timesUsed(caseId, request.step()) >= rule.maxTimes()) {
            errors.reject("step", "extension.error.tooOften", rule.maxTimes());
        }
        checkDays(request.days(), rule, errors);
        checkRequestDate(request.requestedOn(), rule, running, errors);
        if (request.reason() == null || request.reason().isBlank()) {
            errors.reject("reason", "extension.error.reasonRequired");
        } else if (request.reason().length() > MAX_REASON) {
            errors.reject("reason", "extension.error.reasonTooLong", MAX_REASON);
        }
        errors.throwIfAny();
        return extend(supervisor, c, request, rule, running);
    }

    private void checkDays(Integer days, OversightProperties.ExtensionRule rule, FieldErrors errors) {
        if (days == null || days < 1) {
            errors.reject("days", "extension.error.daysRequired");
        } else if (rule != null && days > rule.maxDays()) {
            errors.reject("days", "extension.error.tooManyDays", rule.maxDays());
        }
    }

    private void checkRequestDate(LocalDate requestedOn, OversightProperties.ExtensionRule rule, Running running,
                                  FieldErrors errors) {
        if (requestedOn == null) {
            errors.reject("requestedOn", "extension.error.requestedOnRequired");
        } else if (requestedOn.isAfter(clock.today())) {
            errors.reject("requestedOn", "extension.error.requestedInFuture");
        } else if (running != null && requestedOn.isBefore(running.startsOn())) {
            errors.reject("requestedOn", "extension.error.requestedBeforeStart", running.startsOn().toString());
        } else if (rule != null && running != null && requestedOn.isAfter(running.dueOn().minusDays(rule.minDaysBefore()))) {
            errors.reject("requestedOn", "extension.error.tooLate", rule.minDaysBefore(), running.dueOn().toString(),
                    running.dueOn().minusDays(rule.minDaysBefore()).toString());
        }
    }

    private Extension extend(Actor supervisor, CaseFile c, ExtensionRequest request,
                             OversightProperties.ExtensionRule rule, Running running) {
        int days = request.days();
        LocalDate newDue = calendar.addCalendarDays(running.dueOn(), days);
        Map<Step, LocalDate> moved = new LinkedHashMap<>();
        moved.put(request.step(), newDue);
        for (Step later : rule.alsoExtends()) {
            running(c.id(), later).filter(r -> r.metOn() == null)
                    .ifPresent(r -> moved.put(later, calendar.addCalendarDays(r.dueOn(), days)));
        }
        moved.forEach((step, due) -> deadlines.extend(c.id(), step, due, days));
        Extension extension = new Extension(request.step(), request.requestedOn(), days, running.dueOn(), newDue,
                request.reason().strip(), supervisor.username(), clock.now());
        jdbc.sql("""
                insert into deadline_extension (case_id, step, requested_on, days, due_before, due_after, reason,
                  approved_by, approved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), extension.step().name(), extension.requestedOn(), days, extension.dueBefore(), newDue,
                        extension.reason(), extension.approvedBy(), Timestamp.from(extension.approvedAt()))
                .update();
        List<String> followed = follower.follow(c, moved).all();
        events.append(c.id(), supervisor.username(), null, null, CaseEventType.DEADLINE_EXTENDED,
                request.step() + " " + running.dueOn() + " → " + newDue + "（+" + days + "日，" + extension.reason() + "）",
                Map.of("step", request.step().name(), "dueOn", running.dueOn().toString()),
                Map.of("step", request.step().name(), "dueOn", newDue.toString(), "days", days,
                        "requestedOn", request.requestedOn().toString(), "reason", extension.reason(),
                        "moved", moved.toString(), "followed", followed, "basis", String.valueOf(rule.basis())));
        notifyParties(c, request.step(), newDue);
        return extension;
    }

    private void notifyParties(CaseFile c, Step step, LocalDate newDue) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        for (OpenTask task : openTasks.ofCase(c.id())) {
            if (newDue.equals(task.dueOn())) {
                to.addAll(recipients.holdersOf(task));
                to.addAll(recipients.enterpriseOf(task));
            }
        }
        notifications.notify(to, NotificationKind.EXTENDED, c.id(), null, null, newDue);
    }

    private java.util.Optional<Running> running(UUID caseId, Step step) {
        return deadlines.find(caseId, step).map(d -> new Running(d.startsOn(), d.dueOn(), d.metOn()));
    }

    private int timesUsed(UUID caseId, Step step) {
        return jdbc.sql("select count(*) from deadline_extension where case_id = ? and step = ?")
                .params(caseId, step.name()).query(Integer.class).single();
    }
}
