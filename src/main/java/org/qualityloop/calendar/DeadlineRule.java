package org.qualityloop.calendar;

/** One configurable statutory or internal period: how long, in which unit, from what, and on which legal basis. */
public record DeadlineRule(Step step, int amount, PeriodUnit unit, String countsFrom, String basis) {
}
