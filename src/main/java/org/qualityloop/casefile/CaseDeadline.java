package org.qualityloop.casefile;

import java.time.LocalDate;
import org.qualityloop.calendar.PeriodUnit;

/** A deadline that applies to a case, and the day it was met (null while it runs). */
public record CaseDeadline(String step, LocalDate startsOn, LocalDate dueOn, int amount, PeriodUnit unit,
                           String basis, boolean verified, LocalDate metOn) {
}
