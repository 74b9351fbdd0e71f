package org.qualityloop.oversight;

import java.time.LocalDate;

/** What a supervisor approves: which deadline, the date the party asked, how many days, and why. */
public record ExtensionRequest(String step, LocalDate requestedOn, Integer days, String reason) {
}
