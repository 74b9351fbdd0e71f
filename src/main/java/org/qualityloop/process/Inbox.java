package org.qualityloop.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox (待办): the tasks an actor may act on, filtered by stage and due state, sorted and paged. */
@Service
public class Inbox {

    public static final int PAGE_SIZE = 25;

    /** What the user asked to see; {@code stage} and {@code due} are null for all. */
    public record Filter(String stage, DueState due, Sort sort, int page) {
    }

    public enum Sort { DUE_ASC, DUE_DESC, CREATED_ASC, CREATED_DESC }

    /** One task as the inbox shows it. {@code verified} is false when the due date lies beyond the loaded calendar. */
    public record Row(String taskId, String taskKey, String stage, UUID caseId, String caseNo, String product,
                      String enterprise, LocalDate dueDate, long daysLeft, DueState dueState, boolean verified,
                      String assignee, Date created) {
    }

    public record Page(List<Row> rows, long total, int page, int pages) {
    }

    private final JdbcClient jdbc;
    private final StatutoryCalendar calendar;
    private final BusinessClock clock;

    Inbox(JdbcClient jdbc, StatutoryCalendar calendar, BusinessClock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The page from the read model: the tasks claimed by the actor, and the unclaimed ones of the actor's
     * groups (what Camunda's candidate-group query gives, without its joins over the engine's tables).
     */
    @Transactional(readOnly = true)
    public Page page(Actor actor, Filter filter) {
        return page(actor, filter, PAGE_SIZE);
    }

    /** The same with another page size (the benchmark asks for 50 rows, as Camunda's Tasklist does). */
    @Transactional(readOnly = true)
    public Page page(Actor actor, Filter filter, int pageSize) {
        if (actor.groups().isEmpty()) {
            return new Page(List.of(), 0, 0, 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("select count(*) from open_task t" + where).params(params).query(Long.class).single();
        int pages = (int) ((total + pageSize - 1) / pageSize);
        int page = Math.max(0, Math.min(filter.page(), Math.max(pages - 1, 0)));
        params.put("offset", page * pageSize);
        params.put("limit", pageSize);
        LocalDate today = clock.today();
        LocalDate soonUntil = DueState.soonUntil(today, calendar);
        List<Row> rows = jdbc.sql("""
                select t.task_id, t.task_key, t.stage, t.case_id, c.case_no, c.product_name, c.sampled_name,
                  t.due_on, t.due_verified, t.assignee, t.created_at
                from open_task t join case_file c on c.id = t.case_id""" + where + " order by " + order(filter.sort())
                        + " offset :offset rows fetch next :limit rows only")
                .params(params)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(8, LocalDate.class);
                    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                            rs.getString(5), rs.getString(6), rs.getString(7), due,
                            due == null ? 0 : ChronoUnit.DAYS.between(today, due), dueState(due, today, soonUntil),
                            rs.getBoolean(9), rs.getString(10), rs.getTimestamp(11));
                })
                .list();
        return new Page(rows, total, page, pages);
    }

    private String where(Actor actor, Filter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where (t.assignee = :me or (t.assignee is null and t.task_id in"
                + " (select g.task_id from open_task_candidate g where g.group_id in (:groups))))");
        params.put("me", actor.username());
        params.put("groups", actor.groups());
        if (filter.stage() != null) {
            sql.append(" and t.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.due() != null) {
            LocalDate today = clock.today();
            params.put("today", today);
            params.put("soon", DueState.soonUntil(today, calendar));
            sql.append(switch (filter.due()) {
                case OVERDUE -> " and t.due_on < :today";
                case DUE_SOON -> " and t.due_on >= :today and t.due_on <= :soon";
                case ON_TIME -> " and (t.due_on is null or t.due_on > :soon)";
            });
        }
        return sql.toString();
    }

    private static DueState dueState(LocalDate due, LocalDate today, LocalDate soonUntil) {
        if (due == null || due.isAfter(soonUntil)) {
            return DueState.ON_TIME;
        }
        return due.isBefore(today) ? DueState.OVERDUE : DueState.DUE_SOON;
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.DUE_ASC : sort) {
            case DUE_ASC -> "t.due_on asc nulls last, t.created_at, t.task_id";
            case DUE_DESC -> "t.due_on desc nulls last, t.created_at, t.task_id";
            case CREATED_ASC -> "t.created_at, t.task_id";
            case CREATED_DESC -> "t.created_at desc, t.task_id";
        };
    }
}
