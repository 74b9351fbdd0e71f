package org.qualityloop.objection;

/** The re-test institution's conclusion on the backup sample; final. */
public enum RetestConclusion {
    CONFORMING,
    NONCONFORMING
}
