package org.qualityloop.penalty;

/** The party's answer to the prior notice: a written statement (陈述申辩), a hearing request, or none. */
enum PartyResponse {
    STATEMENT,
    HEARING,
    WAIVE
}
