package org.qualityloop.analytics;

/**
 * What a case is counted for in the analytics' tally. A standing result ({@link #RESULT} {@code UPHELD}) also counts
 * its failed items, a safety item and whether its enterprise failed before; every case counts its endings, the stages
 * it finished with their days, and its statutory deadlines met (with their days) and met late.
 */
enum Measure {
    /** Detail {@code UPHELD} or {@code OVERTURNED}. */
    RESULT,
    /** A standing result with a failed item of the safety class. */
    SAFETY,
    /** A standing result of an enterprise with another standing result in the three years before it. */
    REPEAT,
    /** Detail: a failed item of a standing result, once per case. */
    ITEM,
    /** Detail: an {@link EndingKind}. */
    ENDING,
    /** Detail: a stage the case finished; days from entering it to leaving it. */
    STAGE,
    /** Detail: a statutory step whose deadline was met; days from its start to its completion. */
    STEP_MET,
    /** Detail: a statutory step whose deadline was met after its day. */
    STEP_LATE
}
