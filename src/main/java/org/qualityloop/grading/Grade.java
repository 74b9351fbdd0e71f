package org.qualityloop.grading;

/** A (low risk) to D (high risk); supervision is weighted towards the end of the alphabet. */
public enum Grade {
    A, B, C, D
}
