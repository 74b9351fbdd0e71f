package org.qualityloop.process;

/** The task existed but is no longer open: someone completed it, or a timer ended it. */
public class TaskAlreadyCompletedException extends RuntimeException {

    public TaskAlreadyCompletedException(String taskId) {
        super("Task already completed: " + taskId);
    }
}
