package org.qualityloop.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.UserAccounts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reading {@code open_task} rows as {@link WorkItem}s, the one way for every list: the columns, the due
 * state as of today, the due-state filter as SQL, and the bureau and person names from the identity module.
 */
@Component
class WorkItems {

    /** The columns {@link #mapper()} reads, on the alias {@code t} of {@code open_task}. */
    static final String COLUMNS = "t.task_id, t.task_key, t.stage, t.case_id, t.case_no, t.product_name,"
            + " t.enterprise_name, t.bureau_code, t.assignee, t.due_on, t.due_verified, t.created_at";

    private final BusinessClock clock;
    private final StatutoryCalendar calendar;
    private final Bureaus bureaus;
    private final UserAccounts accounts;

    WorkItems(BusinessClock clock, StatutoryCalendar calendar, Bureaus bureaus, UserAccounts accounts) {
        this.clock = clock;
        this.calendar = calendar;
        this.bureaus = bureaus;
        this.accounts = accounts;
    }

    /** A mapper for one query: today and the end of "due soon" are fixed when it starts. */
    RowMapper<WorkItem> mapper() {
        LocalDate today = clock.today();
        LocalDate soonUntil = DueState.soonUntil(today, calendar);
        return (rs, n) -> {
            LocalDate due = rs.getObject(10, LocalDate.class);
            return new WorkItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), null, rs.getString(9), null,
                    due, due == null ? 0 : ChronoUnit.DAYS.between(today, due), DueState.of(due, today, soonUntil),
                    rs.getBoolean(11), rs.getTimestamp(12).toInstant());
        };
    }

    /** The items with their bureau's name and their holder's display name, in two look-ups for the whole list. */
    List<WorkItem> named(List<WorkItem> items) {
        Map<String, String> people = accounts.displayNames(items.stream().map(WorkItem::assignee)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> bureauNames = bureaus.names();
        return items.stream().map(i -> i.named(bureauNames.getOrDefault(i.bureauCode(), i.bureauCode()),
                i.assignee() == null ? null : people.get(i.assignee()))).toList();
    }

    /** Names items one by one, for a streamed export: each bureau and person is looked up once. */
    java.util.function.UnaryOperator<WorkItem> naming() {
        Map<String, String> bureauNames = bureaus.names();
        Map<String, String> people = new java.util.HashMap<>();
        return i -> i.named(bureauNames.getOrDefault(i.bureauCode(), i.bureauCode()), i.assignee() == null ? null
                : people.computeIfAbsent(i.assignee(), u -> accounts.displayNames(List.of(u)).get(u)));
    }

    /**
     * The condition for a due state (null for any) and, if asked, only due days the calendar does not yet
     * cover; on columns that {@code open_task} and {@code open_task_candidate} share, with the alias given.
     */
    String dueCondition(String alias, DueState due, boolean unverifiedOnly, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (due != null) {
            LocalDate today = clock.today();
            params.put("today", today);
            params.put("soon", DueState.soonUntil(today, calendar));
            sql.append(switch (due) {
                case OVERDUE -> " and " + alias + "due_on < :today";
                case DUE_SOON -> " and " + alias + "due_on >= :today and " + alias + "due_on <= :soon";
                case ON_TIME -> " and (" + alias + "due_on is null or " + alias + "due_on > :soon)";
            });
        }
        if (unverifiedOnly) {
            sql.append(" and ").append(alias).append("due_verified = false");
        }
        return sql.toString();
    }
}
