package org.qualityloop.identity;

/** Published when the system administrator changes a bureau or an institution: which, what, before → after. */
public record RegistryChanged(String by, String subject, String change) {
}
