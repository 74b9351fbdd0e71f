package org.qualityloop.casefile;

/** OPEN while the loop runs; ARCHIVED once it is closed, whichever way. Nothing is ever deleted. */
public enum CaseStatus {
    OPEN,
    ARCHIVED
}
