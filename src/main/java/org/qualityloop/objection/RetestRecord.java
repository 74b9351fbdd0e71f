package org.qualityloop.objection;

import java.time.LocalDate;

/** The re-test as recorded so far. */
record RetestRecord(String institutionCode, boolean feePaid, LocalDate sampleSentOn, LocalDate sampleReceivedOn,
                    RetestConclusion conclusion, String reportNo, LocalDate concludedOn) {
}
