package org.qualityloop.audit;

/** What an audit record says happened; labelled by {@code audit.action.<ACTION>} in the bundles. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    ACCOUNT_CHANGED,
    CASE_READ,
    DOCUMENT_READ,
    ATTACHMENT_READ,
    EXPORT,
    AUDIT_VERIFIED,
    AUDIT_EXPORTED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
