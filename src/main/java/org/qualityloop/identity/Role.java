package org.qualityloop.identity;

/** The roles of domain.md §1 that sign in (the public reads anonymously). */
public enum Role {
    HANDLER,
    SUPERVISOR,
    ENTERPRISE,
    INSTITUTION,
    ADMIN,
    /** The audit administrator (审计管理员): reads and exports the audit trail, acts on nothing and reads no case. */
    AUDITOR
}
