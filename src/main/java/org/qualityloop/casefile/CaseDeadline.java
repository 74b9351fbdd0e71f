package org.qualityloop.casefile;

import java.time.LocalDate;
import org.qualityloop.calendar.PeriodUnit;
import org.qualityloop.calendar.Step;

/** A deadline that applies to a case, and the day it was met (null while it runs). */
public record CaseDeadline(Step step, LocalDate startsOn, LocalDate dueOn, int amount, PeriodUnit unit,
                           String basis, boolean verified, LocalDate metOn, int extendedDays, boolean basisVerified) {

    public boolean running() {
        return metOn == null;
    }
}
