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
        params.put("me", actor.username());
        params.put("groups", actor.groups());
        String mine = " from open_task where assignee = :me" + filters(filter, params);
        String groups = " from open_task_candidate where group_id in (:groups)" + filters(filter, params);
        long total = jdbc.sql("select (select count(*)" + mine + ") + (select count(*)" + groups + ")")
                .params(params).query(Long.class).single();
        int pages = (int) ((total + pageSize - 1) / pageSize);
        int page = Math.max(0, Math.min(filter.page(), Math.max(pages - 1, 0)));
        params.put("offset", page * pageSize);
        params.put("limit", pageSize);
        LocalDate today = clock.today();
        LocalDate soonUntil = DueState.soonUntil(today, calendar);
        // the page's task ids straight off the two indexes in order; the rest is read for those rows alone
        String order = order(filter.sort());
        List<Row> rows = jdbc.sql("with page as (select task_id, due_on, created_at" + mine
                        + " union all select task_id, due_on, created_at" + groups + " order by " + order
                        + " offset :offset rows fetch next :limit rows only)"
                        + " select t.task_id, t.task_key, t.stage, t.case_id, c.case_no, c.product_name, c.sampled_name,"
                        + " t.due_on, t.due_verified, t.assignee, t.created_at"
                        + " from page p join open_task t on t.task_id = p.task_id join case_file c on c.id = t.case_id"
                        + " order by " + order.replace("due_on", "p.due_on").replace("created_at", "p.created_at")
                        .replace("task_id", "p.task_id"))
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

    /** Stage and due-state conditions, on columns both open_task and open_task_candidate have. */
    private String filters(Filter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.stage() != null) {
            sql.append(" and stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.due() != null) {
            LocalDate today = clock.today();
            params.put("today", today);
            params.put("soon", DueState.soonUntil(today, calendar));
            sql.append(switch (filter.due()) {
                case OVERDUE -> " and due_on < :today";
                case DUE_SOON -> " and due_on >= :today and due_on <= :soon";
                case ON_TIME -> " and (due_on is null or due_on > :soon)";
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
            case DUE_ASC -> "due_on asc nulls last, created_at, task_id";
            case DUE_DESC -> "due_on desc nulls last, created_at, task_id";
            case CREATED_ASC -> "created_at, task_id";
            case CREATED_DESC -> "created_at desc, task_id";
        };
    }
}
