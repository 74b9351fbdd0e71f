package org.qualityloop.oversight.web;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.qualityloop.calendar.DueState;
import org.qualityloop.worklist.TaskList;

/**
 * The oversight list's filters as they arrive in the address. {@code due} is a due state or
 * {@value #UNVERIFIED}: due days in a year whose holiday notice is not loaded yet, which may be overdue or on
 * time as well and must be checked by hand. Values that are not one of the choices (an edited link, an old
 * bookmark) count as "all" rather than an error page.
 */
record TaskFilter(String stage, String due, String bureau, String assignee, String sort, Integer page) {

    static final String UNVERIFIED = "UNVERIFIED";

    /** The due choices the list offers, in order. */
    static List<String> choices() {
        return Stream.concat(Stream.of(DueState.values()).map(Enum::name), Stream.of(UNVERIFIED)).toList();
    }

    public TaskList.Sort sortOrder() {
        TaskList.Sort parsed = parse(TaskList.Sort.class, sort);
        return parsed == null ? TaskList.Sort.MOST_OVERDUE : parsed;
    }

    TaskList.Query query(Collection<String> bureaus, Collection<String> stages) {
        return new TaskList.Query(bureaus, stages.contains(stage) ? stage : null, parse(DueState.class, due),
                UNVERIFIED.equals(due), blankToNull(assignee), sortOrder(), page == null ? 0 : page);
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
