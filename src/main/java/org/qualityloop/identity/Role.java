package org.qualityloop.identity;

/** The roles of domain.md §1 that sign in (the public reads anonymously). */
public enum Role {
    HANDLER,
    SUPERVISOR,
    ENTERPRISE,
    INSTITUTION,
    /** The system administrator (系统管理员): bureaus, users, configuration, engine tools; reads cases, acts on none. */
    ADMIN,
    /** The security administrator (安全管理员): locks, password changes, the security policy; reads no case. */
    SECURITY_ADMIN,
    /** The audit administrator (审计管理员): reads and exports the audit trail, acts on nothing and reads no case. */
    AUDITOR
}
