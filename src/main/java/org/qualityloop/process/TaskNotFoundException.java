package org.qualityloop.process;

/** No task with that id was ever known to the engine. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("Task not found: " + taskId);
    }
}
