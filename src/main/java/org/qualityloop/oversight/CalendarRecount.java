package org.qualityloop.oversight;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.HolidayYear;
import org.qualityloop.calendar.HolidayYears;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskDueDates;
import org.qualityloop.process.TaskQueries;
import org.qualityloop.worklist.OpenTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a year's holiday notice is loaded, every deadline that reached into that year was counted on weekends and
 * the statutory rest days alone: it is counted again with the notice, and the engine's task due dates and timers
 * follow. A hundred cases at a time, each hundred in one transaction with its statements batched (the deadlines,
 * the engine's due dates in one command, the worklist), so a crash loses at most one hundred cases' work and the
 * next run (on any node, after the claim lapses) takes up the cases that still show unverified dates. A hundred
 * that fails (a task completed meanwhile) is done again case by case. Each case gets a {@code CALENDAR_VERIFIED}
 * event with old and new dates; the enterprise is told when its own deadline moved.
 */
@Service
public class CalendarRecount {

    private static final Logger log = LoggerFactory.getLogger(CalendarRecount.class);
    /**
     * Cases per transaction: one by one it ran 72–157 cases/s here, most of it each case's commit and the engine's
     * command per task; a hundred at a time, 920–1,195 (docs/performance.md).
     */
    private static final int PER_TRANSACTION = 100;

    private final StatutoryCalendar calendar;
    private final HolidayYears years;
    private final CaseDeadlines deadlines;
    private final CaseFiles cases;
    private final CaseEvents events;
    private final OpenTasks openTasks;
    private final TaskCatalog catalog;
    private final TaskDueDates taskDueDates;
    private final TaskQueries taskQueries;
    private final Notifications notifications;
    private final Recipients recipients;
    private final BusinessClock clock;
    private final TransactionTemplate transaction;
    private final Duration lease;
    private final CalendarGuard guard;

    CalendarRecount(StatutoryCalendar calendar, HolidayYears years, CaseDeadlines deadlines, CaseFiles cases,
                    CaseEvents events, OpenTasks openTasks, TaskCatalog catalog, TaskDueDates taskDueDates,
                    TaskQueries taskQueries, Notifications notifications, Recipients recipients, BusinessClock clock,
                    TransactionTemplate transaction,
                    @Value("${qualityloop.calendar.recount-lease:PT10M}") Duration lease, CalendarGuard guard) {
        this.guard = guard;
        this.calendar = calendar;
        this.years = years;
        this.deadlines = deadlines;
        this.cases = cases;
        this.events = events;
        this.openTasks = openTasks;
        this.catalog = catalog;
        this.taskDueDates = taskDueDates;
        this.taskQueries = taskQueries;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
        this.transaction = transaction;
        this.lease = lease;
    }

    /** One deadline of a case and where the notice moves it (possibly to the same day, now verified). */
    public record Move(Step step, LocalDate from, LocalDate to, boolean verified) implements Serializable {

        public boolean moved() {
            return !from.equals(to);
        }
    }

    /** What the notice does to one case. */
    public record CaseMoves(UUID caseId, String caseNo, List<Move> deadlines, int tasks, int timers)
            implements Serializable {

        public long moved() {
            return deadlines.stream().filter(Move::moved).count();
        }
    }

    /** The counts the administrator sees before and after loading (kept in the session across the redirect). */
    public record Summary(int year, int cases, int deadlines, int moved, int tasks, int timers, List<CaseMoves> byCase)
            implements Serializable {
    }

    /**
     * What the notice does to one case, worked out before anything is written: its deadlines' moves, its open
     * tasks on a moved step (with the new due date) or counted from their own start, its timers on a moved step.
     */
    private record Plan(CaseFile caseFile, List<Move> moves, List<OpenTask> openTasks, Map<String, Date> taskDue,
                        List<String> recount, Map<String, Date> timerDue) {

        CaseMoves counted(int tasks) {
            return new CaseMoves(caseFile.id(), caseFile.caseNo(), moves, tasks, timerDue.size());
        }
    }

    /** What loading the notice would move, case by case; nothing is stored. */
    public Summary preview(HolidayYear year) {
        StatutoryCalendar candidate = calendar.withYear(year);
        List<UUID> ids = List.copyOf(affected(year.year()));
        List<CaseMoves> byCase = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PER_TRANSACTION) {
            plans(candidate, ids.subList(from, Math.min(from + PER_TRANSACTION, ids.size())), year.year())
                    .forEach(plan -> byCase.add(plan.counted(plan.taskDue().size() + plan.recount().size())));
        }
        return summary(year.year(), byCase);
    }

    /** Recounts the year just loaded, on this node, now; the counts for the answer to the administrator. */
    public Summary apply(int year) {
        List<UUID> ids = List.copyOf(affected(year));
        List<CaseMoves> done = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PER_TRANSACTION) {
            done.addAll(recount(ids.subList(from, Math.min(from + PER_TRANSACTION, ids.size())), year));
            years.renewClaim(year);
        }
        years.recountDone(year);
        int released = guard.release();
        log.info("Calendar {} loaded: {} cases recounted, {} held timers let go", year, done.size(), released);
        return summary(year, done);
    }

    /** Takes up a recount a node left unfinished (or did not start), once its claim has lapsed. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumePending() {
        Optional<Integer> year;
        while ((year = years.claimRecount(lease)).isPresent()) {
            apply(year.get());
        }
    }

    /** One hundred cases in a transaction; if it fails (a case changed under it), each case in its own. */
    private List<CaseMoves> recount(List<UUID> batch, int year) {
        try {
            return transaction.execute(status -> recountCases(batch, year));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                throw e;
            }
            log.info("Calendar {}: {} cases failed together ({}), recounted one by one", year, batch.size(),
                    e.toString());
            List<CaseMoves> done = new ArrayList<>();
            for (UUID caseId : batch) {
                done.addAll(transaction.execute(status -> recountCases(List.of(caseId), year)));
            }
            return done;
        }
    }

    private List<CaseMoves> recountCases(List<UUID> batch, int year) {
        cases.lockAll(batch);
        List<Plan> plans = plans(calendar, batch, year);
        List<CaseDeadlines.Recount> recounts = new ArrayList<>();
        Map<String, Date> taskDue = new HashMap<>();
        List<String> recount = new ArrayList<>();
        Map<String, Date> timerDue = new HashMap<>();
        for (Plan plan : plans) {
            plan.moves().forEach(m -> recounts.add(
                    new CaseDeadlines.Recount(plan.caseFile().id(), m.step(), m.to(), m.verified())));
            taskDue.putAll(plan.taskDue());
            recount.addAll(plan.recount());
            timerDue.putAll(plan.timerDue());
        }
        deadlines.recountAll(recounts);
        Map<String, Date> moved = taskDueDates.move(taskDue, recount, timerDue);
        openTasks.dueDatesMoved(moved);
        List<CaseMoves> done = new ArrayList<>();
        List<CaseEvents.SystemEvent> recorded = new ArrayList<>();
        for (Plan plan : plans) {
            int tasksMoved = (int) plan.openTasks().stream().filter(t -> moved.containsKey(t.taskId())).count();
            if (!plan.moves().isEmpty() || tasksMoved > 0) {
                recorded.add(event(plan, year, tasksMoved));
                notifyEnterprise(plan.caseFile(), plan.moves(), plan.openTasks());
            }
            done.add(plan.counted(tasksMoved));
        }
        events.systemAll(recorded);
        return done;
    }

    /** The plans of a batch of cases, read in a few statements for the whole batch; cases not found are left out. */
    private List<Plan> plans(StatutoryCalendar counting, List<UUID> batch, int year) {
        List<CaseFile> found = cases.findByIds(batch);
        Map<UUID, List<CaseDeadline>> deadlinesOf = deadlines.ofCases(batch);
        Map<UUID, List<OpenTask>> tasksOf = openTasks.ofCases(batch);
        Map<String, List<TaskQueries.TimerJob>> timersOf = taskQueries.timersOfCases(
                        found.stream().map(CaseFile::caseNo).toList()).stream()
                .collect(Collectors.groupingBy(TaskQueries.TimerJob::caseNo));
        Map<UUID, CaseFile> byId = found.stream().collect(Collectors.toMap(CaseFile::id, c -> c));
        List<Plan> plans = new ArrayList<>();
        for (UUID caseId : batch) {
            CaseFile c = byId.get(caseId);
            if (c == null) {
                continue;
            }
            List<Move> moves = moves(counting, deadlinesOf.getOrDefault(caseId, List.of()), year);
            Map<Step, LocalDate> byStep = dueByStep(moves);
            List<OpenTask> open = tasksOf.getOrDefault(caseId, List.of());
            Map<String, Date> taskDue = new LinkedHashMap<>();
            List<String> recount = new ArrayList<>();
            for (OpenTask task : open) {
                LocalDate due = byStep.get(ruleOf(task));
                if (due != null) {
                    taskDue.put(task.taskId(), clock.endOf(due));
                } else if (!task.dueVerified()) {
                    // an internal target counted from the task's own start: counted again as the engine did
                    recount.add(task.taskId());
                }
            }
            Map<String, Date> timerDue = new LinkedHashMap<>();
            for (TaskQueries.TimerJob timer : timersOf.getOrDefault(c.caseNo(), List.of())) {
                LocalDate due = byStep.get(catalog.timerRules().get(timer.activityId()));
                if (due != null) {
                    timerDue.put(timer.jobId(), clock.endOf(due));
                }
            }
            plans.add(new Plan(c, moves, open, taskDue, recount, timerDue));
        }
        return plans;
    }

    /** The case's event, with the old and new dates. */
    private CaseEvents.SystemEvent event(Plan plan, int year, int tasksMoved) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        plan.moves().forEach(m -> {
            before.put(m.step().name(), m.from().toString());
            after.put(m.step().name(), m.to().toString());
        });
        return new CaseEvents.SystemEvent(plan.caseFile().id(), CaseEventType.CALENDAR_VERIFIED,
                summaryText(year, plan.moves()), Map.of("year", year, "before", before, "after", after,
                "tasks", tasksMoved, "timers", plan.timerDue().size()));
    }

    private List<Move> moves(StatutoryCalendar counting, List<CaseDeadline> ofCase, int year) {
        List<Move> moves = new ArrayList<>();
        for (CaseDeadline d : ofCase) {
            if (!d.running() || d.verified() || d.dueOn().getYear() < year || d.startsOn().getYear() > year) {
                continue;
            }
            // the length it was started with: a rule changed since applies to deadlines started after the change
            LocalDate due = counting.due(d.step(), d.startsOn(), d.amount(), d.unit());
            if (d.extendedDays() > 0) {
                due = counting.addCalendarDays(due, d.extendedDays());
            }
            moves.add(new Move(d.step(), d.dueOn(), due, counting.covers(d.startsOn(), due)));
        }
        return moves;
    }

    /** The enterprise hears of a deadline of its own that moved, with the new day. */
    private void notifyEnterprise(CaseFile c, List<Move> moves, List<OpenTask> openOfCase) {
        for (OpenTask task : openOfCase) {
            moves.stream().filter(m -> m.moved() && m.step() == ruleOf(task)).findFirst().ifPresent(m ->
                    notifications.notify(recipients.enterpriseOf(task), NotificationKind.RECOUNTED, c.id(),
                            task.taskId(), task.taskKey(), m.to()));
        }
    }

    /** The cases with a deadline or an open task the year's notice may move. */
    private TreeSet<UUID> affected(int year) {
        TreeSet<UUID> ids = new TreeSet<>(deadlines.casesWithUnverifiedIn(year));
        ids.addAll(openTasks.casesWithUnverifiedDueFrom(LocalDate.of(year, 1, 1)));
        return ids;
    }

    private Step ruleOf(OpenTask task) {
        TaskCatalog.TaskInfo info = catalog.all().get(task.taskKey());
        return info == null ? null : info.dueRule();
    }

    private static Map<Step, LocalDate> dueByStep(List<Move> moves) {
        Map<Step, LocalDate> byStep = new LinkedHashMap<>();
        moves.forEach(m -> byStep.put(m.step(), m.to()));
        return byStep;
    }

    private static String summaryText(int year, List<Move> moves) {
        StringBuilder text = new StringBuilder(year + "年节假日安排载入，期限重新核定");
        moves.forEach(m -> text.append("；").append(m.step().name()).append(' ').append(m.from()).append(" → ").append(m.to()));
        return text.toString();
    }

    private static Summary summary(int year, List<CaseMoves> byCase) {
        return new Summary(year, byCase.size(), byCase.stream().mapToInt(c -> c.deadlines().size()).sum(),
                (int) byCase.stream().mapToLong(CaseMoves::moved).sum(),
                byCase.stream().mapToInt(CaseMoves::tasks).sum(), byCase.stream().mapToInt(CaseMoves::timers).sum(),
                List.copyOf(byCase));
    }
}
