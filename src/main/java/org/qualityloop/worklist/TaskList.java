package org.qualityloop.worklist;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.qualityloop.calendar.DueState;
import org.qualityloop.paging.Paged;
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

    /**
     * {@code bureaus} is already narrowed to the actor's scope; {@code stage}, {@code due} and {@code assignee}
     * are null for "all"; {@code unverifiedOnly} keeps the due days the loaded calendar does not cover yet.
     */
    public record Query(Collection<String> bureaus, String stage, DueState due, boolean unverifiedOnly,
                        String assignee, Sort sort, int page) {
    }

    private final JdbcClient jdbc;
    private final WorkItems items;
    private final WorklistWrites kept;

    TaskList(JdbcClient jdbc, WorkItems items, WorklistWrites kept) {
        this.kept = kept;
        this.jdbc = jdbc;
        this.items = items;
    }

    @Transactional(readOnly = true)
    public Paged<WorkItem> page(Query query) {
        if (query.bureaus().isEmpty()) {
            return Paged.empty();
        }
        kept.writeKept();
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from open_task t" + where).params(params).query(Long.class).single();
        Paged.Window window = Paged.window(total, query.page(), PAGE_SIZE);
        params.put("offset", window.offset());
        params.put("limit", window.size());
        return window.of(items.named(jdbc.sql(select(where, query.sort()) + " offset :offset rows fetch next :limit rows only")
                .params(params).query(items.mapper()).list()));
    }

    /** Every matching row, in order, for an export; the rows are read one by one, never all held. */
    @Transactional(readOnly = true)
    public void forEach(Query query, Consumer<WorkItem> consumer) {
        if (query.bureaus().isEmpty()) {
            return;
        }
        kept.writeKept();
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        var naming = items.naming();
        try (Stream<WorkItem> rows = jdbc.sql(select(where, query.sort())).params(params).query(items.mapper()).stream()) {
            rows.map(naming).forEach(consumer);
        }
    }

    private static String select(String where, Sort sort) {
        return "select " + WorkItems.COLUMNS + " from open_task t" + where + " order by " + order(sort);
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
        return sql.append(items.dueCondition("t.", query.due(), query.unverifiedOnly(), params)).toString();
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.MOST_OVERDUE : sort) {
            case MOST_OVERDUE -> "t.due_on asc nulls last, t.task_id";
            case DUE_LATEST -> "t.due_on desc nulls last, t.task_id";
            case CASE_NO -> "t.case_no, t.due_on, t.task_id";
            case STAGE -> "t.stage, t.due_on, t.task_id";
            case ASSIGNEE -> "t.assignee nulls first, t.due_on, t.task_id";
        };
    }
}
