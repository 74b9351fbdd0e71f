package org.qualityloop.audit;

/** What an audit record says happened; labelled by {@code audit.action.<ACTION>} in the bundles. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** The second step of a sign-in, with a code from the app or a recovery code. */
    SECOND_FACTOR_PASSED,
    PASSWORD_CHANGED,
    ACCOUNT_CHANGED,
    /** A security rule for many accounts changed (which roles need a second factor), with before and after. */
    POLICY_CHANGED,
    /** The system administrator changed reference data (a year's holiday notice, ...), with before and after. */
    ADMINISTRATION_CHANGED,
    CASE_READ,
    DOCUMENT_READ,
    ATTACHMENT_READ,
    /** The whole dossier of a case downloaded. */
    DOSSIER_READ,
    EXPORT,
    AUDIT_VERIFIED,
    AUDIT_EXPORTED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
