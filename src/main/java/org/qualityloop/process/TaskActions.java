package org.qualityloop.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Routes a task key to the action (and so the form) that serves it. */
@Component
public class TaskActions {

    private final Map<String, TaskAction> byKey;

    TaskActions(List<TaskAction> actions) {
        this.byKey = actions.stream().collect(Collectors.toUnmodifiableMap(TaskAction::taskKey, Function.identity()));
    }

    public TaskAction forKey(String taskKey) {
        TaskAction action = byKey.get(taskKey);
        if (action == null) {
            throw new IllegalStateException("No action serves task " + taskKey);
        }
        return action;
    }

    public Set<String> keys() {
        return byKey.keySet();
    }
}
