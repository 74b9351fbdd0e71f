package org.qualityloop.oversight.web;

import java.util.Collection;
import org.qualityloop.oversight.DueFilter;
import org.qualityloop.oversight.TaskList;

/**
 * The oversight list's filters as they arrive in the address. Values that are not one of the choices
 * (an edited link, an old bookmark) count as "all" rather than an error page.
 */
record TaskFilter(String stage, String due, String bureau, String assignee, String sort, Integer page) {

    public DueFilter dueFilter() {
        return parse(DueFilter.class, due);
    }

    public TaskList.Sort sortOrder() {
        TaskList.Sort parsed = parse(TaskList.Sort.class, sort);
        return parsed == null ? TaskList.Sort.MOST_OVERDUE : parsed;
    }

    TaskList.Query query(Collection<String> bureaus, Collection<String> stages) {
        return new TaskList.Query(bureaus, stages.contains(stage) ? stage : null, dueFilter(), blankToNull(assignee),
                sortOrder(), page == null ? 0 : page);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
