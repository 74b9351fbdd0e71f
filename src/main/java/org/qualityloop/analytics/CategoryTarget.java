package org.qualityloop.analytics;

import java.util.List;

/**
 * A product category proposed for next year's plan, with its points and the reasons that earned them (message keys
 * with their arguments), and the batches proposed per bureau.
 */
public record CategoryTarget(String category, double points, Rate latest, Double change, long safetyCases,
                             long repeatResults, List<Reason> reasons, List<Batches> proposed) {

    /** A reason: message key under {@code analytics.reason.} and its arguments. */
    public record Reason(String key, List<Object> args) {
    }

    /** Batches proposed for a bureau: last year's plus one for each nonconforming result found last year. */
    public record Batches(String bureauCode, long lastYear, long proposed) {
    }
}
