package org.qualityloop.rectification;

/** 复查 (new samples after rectification) rounds; not to be confused with 复检, the re-test of the backup sample. */
enum ReinspectionRound {
    FIRST,
    SECOND,
    AFTER_SUSPENSION
}
