package org.qualityloop.objection;

/** Accepted or deemed accepted: the result is final. Upheld: the result is overturned. Rejected: it stands. */
public enum ObjectionOutcome {
    ACCEPTED,
    DEEMED_ACCEPTED,
    UPHELD,
    REJECTED
}
