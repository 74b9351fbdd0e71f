package org.qualityloop.oversight;

/**
 * The due states a supervisor filters by: the three of {@link org.qualityloop.calendar.DueState}, plus
 * UNVERIFIED for due dates in a year whose official holiday notice is not loaded yet, which may be
 * overdue or on time as well and must be checked by hand.
 */
public enum DueFilter {
    OVERDUE,
    DUE_SOON,
    ON_TIME,
    UNVERIFIED
}
