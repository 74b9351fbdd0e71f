package org.qualityloop.identity;

/** Published when a sign-in is completed with the second factor; {@code recoveryCode} when a recovery code was used. */
public record SecondFactorPassed(String username, boolean recoveryCode) {
}
