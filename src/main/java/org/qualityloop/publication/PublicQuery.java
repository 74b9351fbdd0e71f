package org.qualityloop.publication;

/**
 * What the public searched for: text in the product, enterprise or credit code, and filters by year of
 * publication, bureau, product category and outcome; any may be empty.
 */
public record PublicQuery(String text, Integer year, String bureau, String category, PublicOutcome outcome) {

    public static PublicQuery all() {
        return new PublicQuery(null, null, null, null, null);
    }
}
