package org.qualityloop.audit;

/**
 * A log kept by another module and chained with {@link Chain} (the case event log): the audit administrator's
 * verification walks it through this, without reading the module's tables.
 */
public interface ChainedLog {

    /** The first record whose link is broken, and how many records were checked before it. */
    record Broken(long recordId, long checked) {
    }

    /** The log's name in a report ({@code case_event}). */
    String name();

    /** Walks the whole chain: null when every link holds. */
    Broken firstBrokenLink();

    /** How many records are on the chain. */
    long chained();
}
