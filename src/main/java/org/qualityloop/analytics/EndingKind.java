package org.qualityloop.analytics;

import org.qualityloop.process.Bpmn;

/**
 * How a case ended or went, as the analytics count it: each by the task whose completion records it (with the routing
 * value it must have recorded), except an overturned result, which is the case's outcome. The case list a figure
 * links to narrows by the same task and value, so the two always agree.
 */
public enum EndingKind {
    OVERTURNED(null, null),
    /** The first re-inspection passed: the enterprise rectified the first time. */
    RECTIFIED_FIRST_TIME(Bpmn.Task.RECORD_FIRST_REINSPECTION, Bpmn.Var.REINSPECTION_PASSED + "=true"),
    ANNOUNCEMENT(Bpmn.Task.RECORD_ANNOUNCEMENT, null),
    SUSPENSION(Bpmn.Task.ORDER_SUSPENSION, null),
    PENALTY(Bpmn.Task.DECIDE_PENALTY, null),
    TRANSFER(Bpmn.Task.PREPARE_TRANSFER, null);

    private final String task;
    private final String state;

    EndingKind(String task, String state) {
        this.task = task;
        this.state = state;
    }

    /** The task whose completion records this ending; null for an overturned result. */
    public String task() {
        return task;
    }

    /** The routing value the completion must have recorded ({@code name=true}), or null when any completion counts. */
    public String state() {
        return state;
    }
}
