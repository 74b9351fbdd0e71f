package org.qualityloop.identity;

/** Published when the security administrator changes an account (unlocks it, requires a new password). */
public record AccountChanged(String by, String username, String change) {
}
