package org.qualityloop.oversight;

/** Why someone is told: a deadline near, a deadline passed, work handed to them, a deadline moved. */
public enum NotificationKind {
    REMINDER,
    ENTERPRISE_REMINDER,
    OVERDUE,
    REASSIGNED,
    EXTENDED,
    /** A year's holiday notice was loaded and a deadline counted again. */
    RECOUNTED,
    /** A document was served on the party, with the deadline it starts. */
    DOCUMENT_SERVED,
    /** A case moved from one bureau to another (both are told). */
    TRANSFERRED,
    /** A bureau told of a result found on a producer of its region. */
    RESULT_NOTIFIED
}
