package org.qualityloop.casefile;

/** How a closed case ended: the result was overturned on objection, or the loop ran to the end. */
public enum CaseOutcome {
    OVERTURNED,
    HANDLED
}
