package org.qualityloop.penalty;

/** 立案, 不予立案, or 移送 to the competent authority. */
enum FilingDecision {
    FILE,
    NOT_FILE,
    TRANSFER
}
