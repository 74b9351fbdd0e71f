package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.process.OpenTask;
import org.qualityloop.worklist.OpenTasks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at every open task due soon or already overdue and raises what is owed, once per due date:
 * a reminder to the holder {@code reminderWorkingDays} working days before, a reminder to the enterprise
 * before its own window closes, and an escalation to the supervisors once the day has passed. The
 * {@code deadline_alert} key decides "once", so two nodes sweeping at the same moment raise it once.
 */
@Service
public class DeadlineWatch {

    /** What one sweep raised. */
    public record Sweep(int reminders, int enterpriseReminders, int escalations) {
    }

    /** Alerts raised in one transaction. */
    private static final int BATCH = 50;

    private final OpenTasks openTasks;
    private final Recipients recipients;
    private final Notifications notifications;
    private final CaseEvents events;
    private final StatutoryCalendar calendar;
    private final BusinessClock clock;
    private final OversightProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DeadlineWatch(OpenTasks openTasks, Recipients recipients, Notifications notifications, CaseEvents events,
                  StatutoryCalendar calendar, BusinessClock clock, OversightProperties properties, JdbcClient jdbc,
                  TransactionTemplate transactions) {
        this.openTasks = openTasks;
        this.recipients = recipients;
        this.notifications = notifications;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * One pass over the read model. What is owed is raised fifty alerts to a transaction; when one of them fails
     * (another node raised it at the same moment), that fifty is raised again one alert to a transaction, so one
     * failure blocks no other. A task that ended or moved meanwhile is passed over, not a failure.
     */
    public Sweep sweep() {
        LocalDate today = clock.today();
        int horizon = Math.max(properties.reminderWorkingDays(), properties.enterpriseReminderWorkingDays());
        // a week's margin past the working-day horizon; each task is then checked exactly
        List<OpenTask> due = openTasks.dueBy(calendar.addWorkingDays(today, horizon).plusDays(7));
        Set<Alert> raised = raisedFor(due);
        List<Owed> owed = new ArrayList<>();
        for (OpenTask task : due) {
            if (task.dueOn().isBefore(today)) {
                owed.add(new Owed(AlertKind.ESCALATION, task));
                continue;
            }
            if (remindable(task.dueOn(), today, properties.reminderWorkingDays())) {
                owed.add(new Owed(AlertKind.REMINDER, task));
            }
            if (properties.enterpriseReminderTasks().contains(task.taskKey())
                    && remindable(task.dueOn(), today, properties.enterpriseReminderWorkingDays())) {
                owed.add(new Owed(AlertKind.ENTERPRISE_REMINDER, task));
            }
        }
        owed.removeIf(o -> raised.contains(new Alert(o.kind().name(), o.task().taskId(), o.task().dueOn())));
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        for (int from = 0; from < owed.size(); from += BATCH) {
            for (Owed o : raise(owed.subList(from, Math.min(owed.size(), from + BATCH)))) {
                counts.merge(o.kind(), 1, Integer::sum);
            }
        }
        return new Sweep(counts.getOrDefault(AlertKind.REMINDER, 0),
                counts.getOrDefault(AlertKind.ENTERPRISE_REMINDER, 0), counts.getOrDefault(AlertKind.ESCALATION, 0));
    }

    /** An alert the sweep found owed: raised unless its task moved or ended, or another node raised it first. */
    private record Owed(AlertKind kind, OpenTask task) {
    }

    private record Alert(String kind, String taskId, LocalDate dueOn) {
    }

    /**
     * The alerts already raised for these tasks, read a thousand tasks at a time: overdue tasks stay in every
     * sweep until they end, and a sweep that asked for each of them in a transaction of its own spent most of its
     * time finding what it had raised on an earlier day.
     */
    private Set<Alert> raisedFor(List<OpenTask> tasks) {
        Set<Alert> raised = new HashSet<>();
        for (int from = 0; from < tasks.size(); from += 1000) {
            List<String> ids = tasks.subList(from, Math.min(tasks.size(), from + 1000)).stream()
                    .map(OpenTask::taskId).toList();
            // by task id alone (V52): every alert is of one of the watch's kinds
            jdbc.sql("select kind, task_id, due_on from deadline_alert where task_id in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        raised.add(new Alert(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
                    });
        }
        return raised;
    }

    /** From {@code days} working days before the due day until the day itself. */
    private boolean remindable(LocalDate due, LocalDate today, int days) {
        return !today.isAfter(due) && !today.isBefore(calendar.minusWorkingDays(due, days));
    }

    /** Raises these in one transaction, or each in its own when one fails; returns those raised. */
    private List<Owed> raise(List<Owed> owed) {
        try {
            return transactions.execute(status -> owed.stream().filter(this::raiseIn).toList());
        } catch (RuntimeException oneFailed) {
            List<Owed> done = new ArrayList<>();
            for (Owed o : owed) {
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> raiseIn(o)))) {
                        done.add(o);
                    }
                } catch (DuplicateKeyException raisedByAnotherNode) {
                    // raised once: that is all the key promises
                }
            }
            return done;
        }
    }

    /** Raises the alert in the current transaction; false when its task has ended or moved, or it was raised. */
    private boolean raiseIn(Owed owed) {
        AlertKind kind = owed.kind();
        OpenTask task = owed.task();
        // the task may have ended or moved since the sweep read it
        if (!openTasks.find(task.taskId()).map(t -> java.util.Objects.equals(t.dueOn(), task.dueOn())).orElse(false)) {
            return false;
        }
        int inserted = jdbc.sql("""
                insert into deadline_alert (kind, task_id, due_on, case_id, raised_at)
                select ?, ?, ?, ?, ?
                  where not exists (select 1 from deadline_alert where kind = ? and task_id = ? and due_on = ?)""")
                .params(kind.name(), task.taskId(), task.dueOn(), task.caseId(), Timestamp.from(clock.now()),
                        kind.name(), task.taskId(), task.dueOn())
                .update();
        if (inserted == 0) {
            return false;
        }
        Set<String> to = switch (kind) {
            case REMINDER -> recipients.holdersOf(task);
            case ENTERPRISE_REMINDER -> recipients.enterpriseOf(task);
            case ESCALATION -> recipients.supervisorsOf(task.bureauCode());
        };
        notifications.notify(to, kind.notification, task.caseId(), task.taskId(), task.taskKey(), task.dueOn());
        events.system(task.caseId(), kind.event, kind.event + " " + task.taskKey() + " " + task.dueOn(),
                java.util.Map.of("taskKey", task.taskKey(), "taskId", task.taskId(),
                        "dueOn", task.dueOn().toString(), "notified", to));
        return true;
    }

    enum AlertKind {
        REMINDER(NotificationKind.REMINDER, CaseEventType.DEADLINE_REMINDER),
        ENTERPRISE_REMINDER(NotificationKind.ENTERPRISE_REMINDER, CaseEventType.ENTERPRISE_REMINDER),
        ESCALATION(NotificationKind.OVERDUE, CaseEventType.DEADLINE_OVERDUE);

        final NotificationKind notification;
        final CaseEventType event;

        AlertKind(NotificationKind notification, CaseEventType event) {
            this.notification = notification;
            this.event = event;
        }
    }
}
