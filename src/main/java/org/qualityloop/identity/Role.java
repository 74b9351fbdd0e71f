package org.qualityloop.identity;

/** The roles of domain.md §1 that sign in (the public reads anonymously). */
public enum Role {
    HANDLER,
    SUPERVISOR,
    ENTERPRISE,
    INSTITUTION,
    ADMIN
}
