package org.qualityloop.publication;

/**
 * How a published case was handled, as the public reads it (names in {@code public.outcome.*}). A result overturned
 * on objection is never published as nonconforming, so it has no outcome here.
 */
public enum PublicOutcome {
    /** Rectified and passed re-inspection. */
    RECTIFIED,
    /** Penalised, with the decision number. */
    PENALISED,
    /** Transferred to the competent authority or the judicial organs. */
    TRANSFERRED,
    /** Failed again after suspension: referred for revocation of the business licence. */
    LICENCE_REVOCATION
}
