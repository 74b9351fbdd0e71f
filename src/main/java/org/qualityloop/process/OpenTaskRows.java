package org.qualityloop.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.qualityloop.transactions.Reads;

/**
 * The open-task read model as the engine glue needs it: one row by task id, kept in the engine's own
 * transaction. The worklist module keeps the rows; completion and claims only read them, which is why this
 * port lives here and the worklist implements it.
 */
public interface OpenTaskRows {

    Optional<OpenTask> find(String taskId);

    /** The same row read with other reads, in their round trip ({@link Reads}): found once they have run. */
    Supplier<Optional<OpenTask>> find(String taskId, Reads along);

    /** The open tasks of one case, soonest due first. */
    List<OpenTask> ofCase(UUID caseId);
}
