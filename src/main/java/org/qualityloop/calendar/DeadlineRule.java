package org.qualityloop.calendar;

/**
 * One configurable statutory or internal period: how long, in which unit, from what, and on which legal basis;
 * {@code basisVerified} is false while the basis comes from secondary sources and awaits checking.
 */
public record DeadlineRule(Step step, int amount, PeriodUnit unit, String countsFrom, String basis,
                           boolean basisVerified) {
}
