package org.qualityloop.process;

/** The task is open but belongs to another bureau, enterprise, institution or person. */
public class NotYourTaskException extends RuntimeException {

    public NotYourTaskException(String taskId) {
        super("Task is not yours: " + taskId);
    }
}
