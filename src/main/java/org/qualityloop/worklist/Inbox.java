package org.qualityloop.worklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.calendar.DueState;
import org.qualityloop.identity.Actor;
import org.qualityloop.paging.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox (待办): the tasks an actor may act on, filtered by stage and due state, sorted and paged. The
 * page, the enterprise portal and {@code GET /api/v1/tasks} all read it.
 */
@Service
public class Inbox {

    public static final int PAGE_SIZE = 25;

    /** What the user asked to see; {@code stage} and {@code due} are null for all. */
    public record Filter(String stage, DueState due, Sort sort, int page) {

        public static Filter first(int page) {
            return new Filter(null, null, Sort.DUE_ASC, page);
        }
    }

    public enum Sort { DUE_ASC, DUE_DESC, CREATED_ASC, CREATED_DESC }

    private final JdbcClient jdbc;
    private final WorkItems items;
    private final WorklistWrites kept;

    Inbox(JdbcClient jdbc, WorkItems items, WorklistWrites kept) {
        this.kept = kept;
        this.jdbc = jdbc;
        this.items = items;
    }

    /**
     * The page from the read model: the tasks claimed by the actor, and the unclaimed ones of the actor's
     * groups (what Camunda's candidate-group query gives, without its joins over the engine's tables).
     */
    @Transactional(readOnly = true)
    public Paged<WorkItem> page(Actor actor, Filter filter) {
        return page(actor, filter, PAGE_SIZE);
    }

    /** The same with another page size (the API and the benchmark ask for up to 200 and 50 rows). */
    @Transactional(readOnly = true)
    public Paged<WorkItem> page(Actor actor, Filter filter, int pageSize) {
        if (actor.groups().isEmpty()) {
            return Paged.empty();
        }
        kept.writeKept();
        Map<String, Object> params = new HashMap<>();
        params.put("me", actor.username());
        params.put("groups", actor.groups());
        String mine = " from open_task where assignee = :me" + filters(filter, params);
        String groups = " from open_task_candidate where group_id in (:groups)" + filters(filter, params);
        long total = jdbc.sql("select (select count(*)" + mine + ") + (select count(*)" + groups + ")")
                .params(params).query(Long.class).single();
        Paged.Window window = Paged.window(total, filter.page(), pageSize);
        return window.of(rows(filter, window.offset(), window.size(), params, mine, groups));
    }

    /** The actor's tasks from the {@code first} on, soonest due first: the API's list. */
    @Transactional(readOnly = true)
    public List<WorkItem> from(Actor actor, int first, int max) {
        if (actor.groups().isEmpty()) {
            return List.of();
        }
        kept.writeKept();
        Filter filter = Filter.first(0);
        Map<String, Object> params = new HashMap<>();
        params.put("me", actor.username());
        params.put("groups", actor.groups());
        return rows(filter, first, max, params, " from open_task where assignee = :me" + filters(filter, params),
                " from open_task_candidate where group_id in (:groups)" + filters(filter, params));
    }

    private List<WorkItem> rows(Filter filter, int offset, int limit, Map<String, Object> params, String mine,
                                String groups) {
        params.put("offset", offset);
        params.put("limit", limit);
        // the page's task ids straight off the two indexes in order; the rest is read for those rows alone
        String order = order(filter.sort());
        return jdbc.sql("with page as (select task_id, due_on, created_at" + mine
                        + " union all select task_id, due_on, created_at" + groups + " order by " + order
                        + " offset :offset rows fetch next :limit rows only)"
                        + " select " + WorkItems.COLUMNS + " from page p join open_task t on t.task_id = p.task_id"
                        + " order by " + order.replace("due_on", "p.due_on").replace("created_at", "p.created_at")
                        .replace("task_id", "p.task_id"))
                .params(params)
                .query(items.mapper())
                .list();
    }

    /** Stage and due-state conditions, on columns both open_task and open_task_candidate have. */
    private String filters(Filter filter, Map<String, Object> params) {
        String sql = filter.stage() == null ? "" : " and stage = :stage";
        if (filter.stage() != null) {
            params.put("stage", filter.stage());
        }
        return sql + items.dueCondition("", filter.due(), false, params);
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
