package org.qualityloop.identity;

/**
 * Candidate group names as the models write them ({@code handler-${bureau}}): the prefix says who, the rest
 * which bureau, enterprise or institution. Who is in a group follows from the account's role and scope.
 */
public final class CandidateGroup {

    public static final String HANDLER = "handler-";
    public static final String SUPERVISOR = "supervisor-";
    public static final String ENTERPRISE = "enterprise-";
    public static final String INSTITUTION = "institution-";

    private CandidateGroup() {
    }
}
