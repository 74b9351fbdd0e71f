package org.qualityloop.identity;

/** Published when a user's password has changed, for the audit trail. */
public record PasswordChanged(String username) {
}
