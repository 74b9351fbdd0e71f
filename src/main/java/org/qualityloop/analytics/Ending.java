package org.qualityloop.analytics;

import org.qualityloop.casefile.CaseSearch;

/** One way cases ended (or went): its name (message key under {@code analytics.ending.}), how many, and its list. */
public record Ending(String key, long cases, CaseSearch.Facet facet) {
}
