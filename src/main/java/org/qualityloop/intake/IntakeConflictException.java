package org.qualityloop.intake;

/** The report number is registered already, with different content: a replay must be identical. */
public class IntakeConflictException extends RuntimeException {

    public IntakeConflictException(String reportNo) {
        super("Report " + reportNo + " is already registered with different content");
    }
}
