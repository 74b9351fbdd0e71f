package org.qualityloop.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list behind every dashboard number: open tasks in scope, filtered, sorted and paged from the read
 * model. Exports stream the same query without paging.
 */
@Service
public class TaskList {

    public static final int PAGE_SIZE = 25;
    /** The assignee filter value for tasks nobody has claimed. */
    public static final String UNCLAIMED = "-";

    public enum Sort { MOST_OVERDUE, DUE_LATEST, CASE_NO, STAGE, ASSIGNEE }

    /** {@code bureaus} is already narrowed to the actor's scope; the other fields are null for "all". */
    public record Query(Collection<String> bureaus, String stage, DueFilter due, String assignee, Sort sort,
                        int page) {
    }

    public record Row(String taskId, String taskKey, String stage, UUID caseId, String caseNo, String product,
                      String enterprise, String bureauCode, String bureauName, String assignee,
                      String assigneeName, LocalDate dueOn, long daysOverdue, DueState dueState,
                      boolean verified, LocalDate createdOn) {
    }

    public record Page(List<Row> rows, long total, int page, int pages) {
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final StatutoryCalendar calendar;

    TaskList(JdbcClient jdbc, BusinessClock clock, StatutoryCalendar calendar) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Page page(Query query) {
        if (query.bureaus().isEmpty()) {
            return new Page(List.of(), 0, 0, 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from open_task t" + where).params(params).query(Long.class).single();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(query.page(), Math.max(pages - 1, 0)));
        params.put("offset", page * PAGE_SIZE);
        params.put("limit", PAGE_SIZE);
        List<Row> rows = jdbc.sql(select(where, query.sort()) + " offset :offset rows fetch next :limit rows only")
                .params(params).query(this::map).list();
        return new Page(rows, total, page, pages);
    }

    /** Every matching row, in order, for an export; the rows are read one by one, never all held. */
    @Transactional(readOnly = true)
    public void forEach(Query query, Consumer<Row> consumer) {
        if (query.bureaus().isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        try (Stream<Row> rows = jdbc.sql(select(where, query.sort())).params(params).query(this::map).stream()) {
            rows.forEach(consumer);
        }
    }

    private String select(String where, Sort sort) {
        return """
                select t.task_id, t.task_key, t.stage, t.case_id, c.case_no, c.product_name, c.sampled_name,
                  t.bureau_code, b.name, t.assignee, u.display_name, t.due_on, t.due_verified, t.created_at
                from open_task t join case_file c on c.id = t.case_id join bureau b on b.code = t.bureau_code
                  left join app_user u on u.username = t.assignee""" + where + " order by " + order(sort);
    }

    private String where(Query query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where t.bureau_code in (:bureaus)");
        params.put("bureaus", query.bureaus());
        if (query.stage() != null) {
            sql.append(" and t.stage = :stage");
            params.put("stage", query.stage());
        }
        if (query.assignee() != null) {
            sql.append(UNCLAIMED.equals(query.assignee()) ? " and t.assignee is null" : " and t.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.due() != null) {
            LocalDate today = clock.today();
            params.put("today", today);
            params.put("soon", DueState.soonUntil(today, calendar));
            sql.append(switch (query.due()) {
                case OVERDUE -> " and t.due_on < :today";
                case DUE_SOON -> " and t.due_on >= :today and t.due_on <= :soon";
                case ON_TIME -> " and (t.due_on is null or t.due_on > :soon)";
                case UNVERIFIED -> " and t.due_verified = false";
            });
        }
        return sql.toString();
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.MOST_OVERDUE : sort) {
            case MOST_OVERDUE -> "t.due_on asc nulls last, t.task_id";
            case DUE_LATEST -> "t.due_on desc nulls last, t.task_id";
            case CASE_NO -> "c.case_no, t.due_on, t.task_id";
            case STAGE -> "t.stage, t.due_on, t.task_id";
            case ASSIGNEE -> "t.assignee nulls first, t.due_on, t.task_id";
        };
    }

    private Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate today = clock.today();
        LocalDate due = rs.getObject(12, LocalDate.class);
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), due, due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today)),
                due == null ? DueState.ON_TIME : DueState.of(due, today, calendar), rs.getBoolean(13),
                LocalDate.ofInstant(rs.getTimestamp(14).toInstant(), clock.zone()));
    }
}
