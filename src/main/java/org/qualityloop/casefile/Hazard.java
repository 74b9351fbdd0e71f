package org.qualityloop.casefile;

/** Hazard class of a failed item, most serious first. */
public enum Hazard {
    SAFETY,
    PERFORMANCE,
    LABELLING
}
