package org.qualityloop.intake;

/** What became of one row: ready, refused, already registered, clashing with a registered result, registered. */
public enum ImportRowStatus {
    VALID,
    INVALID,
    DUPLICATE,
    CONFLICT,
    REGISTERED
}
