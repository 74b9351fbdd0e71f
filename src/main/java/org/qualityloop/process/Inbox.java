package org.qualityloop.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.Actor;
import org.springframework.stereotype.Service;

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

    private final TaskService tasks;
    private final TaskQueries queries;
    private final TaskCatalog catalog;
    private final StatutoryCalendar calendar;
    private final BusinessClock clock;

    Inbox(TaskService tasks, TaskQueries queries, TaskCatalog catalog, StatutoryCalendar calendar, BusinessClock clock) {
        this.tasks = tasks;
        this.queries = queries;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Page page(Actor actor, Filter filter) {
        if (actor.groups().isEmpty()) {
            return new Page(List.of(), 0, 0, 0);
        }
        TaskQuery query = query(actor, filter);
        long total = query.count();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(filter.page(), Math.max(pages - 1, 0)));
        List<Task> found = sorted(query, filter.sort()).listPage(page * PAGE_SIZE, PAGE_SIZE);
        return new Page(rows(found), total, page, pages);
    }

    public List<Row> rows(List<Task> found) {
        Map<String, CaseFile> caseByInstance = queries.casesOf(found);
        LocalDate today = clock.today();
        return found.stream().map(t -> {
            CaseFile c = caseByInstance.get(t.getProcessInstanceId());
            LocalDate due = t.getDueDate() == null ? null : clock.dayOf(t.getDueDate());
            return new Row(t.getId(), t.getTaskDefinitionKey(), catalog.get(t.getTaskDefinitionKey()).stage(), c.id(),
                    c.caseNo(), c.intake().product().name(), c.intake().sampledEnterprise().name(), due,
                    due == null ? 0 : ChronoUnit.DAYS.between(today, due),
                    due == null ? DueState.ON_TIME : DueState.of(due, today, calendar),
                    due == null || calendar.covers(today, due), t.getAssignee(), t.getCreateTime());
        }).toList();
    }

    private TaskQuery query(Actor actor, Filter filter) {
        TaskQuery query = tasks.createTaskQuery()
                .or().taskCandidateGroupIn(List.copyOf(actor.groups())).taskAssignee(actor.username()).endOr();
        if (filter.stage() != null && catalog.stages().contains(filter.stage())) {
            query.taskDefinitionKeyIn(catalog.keysOf(filter.stage()).toArray(String[]::new));
        }
        if (filter.due() != null) {
            LocalDate today = clock.today();
            // due dates are stored as the end of their day; the engine compares strictly
            Date endOfYesterday = clock.endOf(today.minusDays(1));
            Date endOfSoon = clock.endOf(DueState.soonUntil(today, calendar));
            switch (filter.due()) {
                case OVERDUE -> query.dueBefore(new Date(endOfYesterday.getTime() + 1));
                case DUE_SOON -> query.dueAfter(endOfYesterday).dueBefore(new Date(endOfSoon.getTime() + 1));
                case ON_TIME -> query.dueAfter(endOfSoon);
            }
        }
        return query;
    }

    private static TaskQuery sorted(TaskQuery query, Sort sort) {
        return switch (sort == null ? Sort.DUE_ASC : sort) {
            case DUE_ASC -> query.orderByDueDate().asc().orderByTaskCreateTime().asc();
            case DUE_DESC -> query.orderByDueDate().desc().orderByTaskCreateTime().asc();
            case CREATED_ASC -> query.orderByTaskCreateTime().asc();
            case CREATED_DESC -> query.orderByTaskCreateTime().desc();
        };
    }
}
