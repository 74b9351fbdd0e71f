package org.qualityloop.worklist;

import org.qualityloop.transactions.BeforeCommitWrites;
import org.qualityloop.transactions.Statements;
import org.springframework.stereotype.Component;

/**
 * The worklist's writes within a transaction — a task's row, its count, its candidates — kept to go with the rest just
 * before the commit: a completion wrote its task's row out and the next one's in, and a registration its first one,
 * each in a round trip of its own (docs/performance.md, nineteenth session). Whatever reads the worklist's tables
 * within the transaction writes them first.
 */
@Component
class WorklistWrites {

    private static final Object KEY = new Object();

    private final BeforeCommitWrites beforeCommit;

    WorklistWrites(BeforeCommitWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
    }

    /** Keeps the writes, after those kept before them, until the commit; at once outside a transaction. */
    void keep(Statements writes) {
        beforeCommit.later(KEY, writes);
    }

    /** Before a read of {@code open_task}, its candidates or its tally: what the transaction kept is written first. */
    void writeKept() {
        beforeCommit.writeNow(KEY);
    }
}
