package org.qualityloop.identity;

/** Published when the security administrator changes a rule that applies to many accounts, with before and after. */
public record SecurityPolicyChanged(String by, String rule, String before, String after) {
}
