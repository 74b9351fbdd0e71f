package org.qualityloop.analytics;

/** One thing a case is counted for: a measure, its detail (empty when it has none) and the days it took, if any. */
record Contribution(Measure measure, String detail, double days) implements Comparable<Contribution> {

    Contribution {
        detail = detail == null ? "" : detail;
        // days to the hundredth: the stored form is compared to the new one, so it must not drift
        days = Math.round(days * 100) / 100.0;
    }

    @Override
    public int compareTo(Contribution other) {
        int byMeasure = measure.compareTo(other.measure);
        return byMeasure != 0 ? byMeasure : detail.compareTo(other.detail);
    }
}
