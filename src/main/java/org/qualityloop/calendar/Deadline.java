package org.qualityloop.calendar;

import java.time.LocalDate;

/**
 * A computed deadline: the last day on which the step is still on time. {@code verified} is false
 * when the period reaches into a year whose official holiday notice is not loaded, so the date was
 * counted on weekends alone and must be shown as provisional.
 */
public record Deadline(Step step, LocalDate startsOn, LocalDate dueOn, int amount, PeriodUnit unit,
                       String basis, boolean verified, boolean basisVerified) {
}
