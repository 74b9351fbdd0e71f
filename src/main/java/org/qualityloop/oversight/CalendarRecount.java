package org.qualityloop.oversight;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * follow. Case by case, each in its own transaction, so a crash loses at most one case's work and the next run
 * (on any node, after the claim lapses) takes up the cases that still show unverified dates. Each case gets a
 * {@code CALENDAR_VERIFIED} event with old and new dates; the enterprise is told when its own deadline moved.
 */
@Service
public class CalendarRecount {

    private static final Logger log = LoggerFactory.getLogger(CalendarRecount.class);
    private static final int BATCH = 200;
    /** The lowest id as the databases order them (byte by byte, unsigned). */
    private static final UUID FIRST = new UUID(0, 0);

    private final StatutoryCalendar calendar;
    private final HolidayYears years;
    private final CaseDeadlines deadlines;
    private final CaseFiles cases;
    private final CaseEvents events;
    private final OpenTasks openTasks;
    private final TaskCatalog catalog;
    private final TaskDueDates taskDueDates;
    private final TaskService tasks;
    private final TaskQueries taskQueries;
    private final DueDateFollower follower;
    private final Notifications notifications;
    private final Recipients recipients;
    private final BusinessClock clock;
    private final TransactionTemplate transaction;
    private final Duration lease;
    private final CalendarGuard guard;

    CalendarRecount(StatutoryCalendar calendar, HolidayYears years, CaseDeadlines deadlines, CaseFiles cases,
                    CaseEvents events, OpenTasks openTasks, TaskCatalog catalog, TaskDueDates taskDueDates,
                    TaskService tasks, TaskQueries taskQueries, DueDateFollower follower, Notifications notifications,
                    Recipients recipients, BusinessClock clock, TransactionTemplate transaction,
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
        this.tasks = tasks;
        this.taskQueries = taskQueries;
        this.follower = follower;
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

    /** What loading the notice would move, case by case; nothing is stored. */
    public Summary preview(HolidayYear year) {
        StatutoryCalendar candidate = calendar.withYear(year);
        List<CaseMoves> byCase = new ArrayList<>();
        for (UUID caseId : affected(year.year())) {
            CaseFile c = cases.findById(caseId).orElse(null);
            if (c == null) {
                continue;
            }
            List<Move> moves = moves(candidate, caseId, year.year());
            Map<Step, LocalDate> byStep = dueByStep(moves);
            int taskCount = (int) openTasks.ofCase(caseId).stream()
                    .filter(t -> byStep.containsKey(ruleOf(t)) || !t.dueVerified()).count();
            int timerCount = follower.timersOn(c, byStep.keySet());
            byCase.add(new CaseMoves(caseId, c.caseNo(), moves, taskCount, timerCount));
        }
        return summary(year.year(), byCase);
    }

    /** Recounts the year just loaded, on this node, now; the counts for the answer to the administrator. */
    public Summary apply(int year) {
        List<CaseMoves> done = new ArrayList<>();
        for (UUID caseId : affected(year)) {
            CaseMoves moves = transaction.execute(status -> recountCase(caseId, year));
            if (moves != null) {
                done.add(moves);
            }
            if (done.size() % BATCH == 0) {
                years.renewClaim(year);
            }
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

    private CaseMoves recountCase(UUID caseId, int year) {
        CaseFile c = cases.lock(caseId).orElse(null);
        if (c == null) {
            return null;
        }
        List<Move> moves = moves(calendar, caseId, year);
        moves.forEach(m -> deadlines.recount(caseId, m.step(), m.to(), m.verified()));
        Map<Step, LocalDate> byStep = dueByStep(moves);
        DueDateFollower.Followed followed = follower.follow(c, byStep);
        int timers = followed.timers().size();
        int tasksMoved = followed.tasks().size();
        // tasks whose due date counts from their own start (internal targets) are counted again as the engine did
        List<OpenTask> openOfCase = openTasks.ofCase(caseId);
        Map<String, Task> engineTasks = null;
        for (OpenTask open : openOfCase) {
            if (!open.dueVerified() && !byStep.containsKey(ruleOf(open))) {
                Optional<Date> due = taskDueDates.recounted(open.taskId());
                if (due.isPresent()) {
                    if (engineTasks == null) {
                        engineTasks = taskQueries.engineTasksOf(c.caseNo()).stream()
                                .collect(java.util.stream.Collectors.toMap(Task::getId, t -> t));
                    }
                    Task task = engineTasks.get(open.taskId());
                    task.setDueDate(due.get());
                    tasks.saveTask(task);
                    tasksMoved++;
                }
            }
        }
        if (!moves.isEmpty() || tasksMoved > 0) {
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            moves.forEach(m -> {
                before.put(m.step().name(), m.from().toString());
                after.put(m.step().name(), m.to().toString());
            });
            events.system(caseId, CaseEventType.CALENDAR_VERIFIED, summaryText(year, moves), Map.of(
                    "year", year, "before", before, "after", after, "tasks", tasksMoved, "timers", timers));
            notifyEnterprise(c, moves, openOfCase);
        }
        return new CaseMoves(caseId, c.caseNo(), moves, tasksMoved, timers);
    }

    private List<Move> moves(StatutoryCalendar counting, UUID caseId, int year) {
        List<Move> moves = new ArrayList<>();
        for (CaseDeadline d : deadlines.list(caseId)) {
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

    /** The cases with a deadline or an open task the year's notice may move, in pages of ids. */
    private TreeSet<UUID> affected(int year) {
        TreeSet<UUID> ids = new TreeSet<>();
        collect(ids, after -> deadlines.casesWithUnverifiedIn(year, after, BATCH));
        collect(ids, after -> openTasks.casesWithUnverifiedDueFrom(LocalDate.of(year, 1, 1), after, BATCH));
        return ids;
    }

    private static void collect(TreeSet<UUID> ids, Function<UUID, List<UUID>> pageAfter) {
        UUID after = FIRST;
        List<UUID> page;
        do {
            page = pageAfter.apply(after);
            ids.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == BATCH);
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
