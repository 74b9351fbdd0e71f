package org.qualityloop.analytics;

/**
 * Nonconforming results of a group (a category, a bureau, a year) over the batches the plans sampled in it;
 * {@code rate} is null where no plan sampled the group, as a rate without a denominator would mislead.
 */
public record Rate(String key, long cases, long batches) {

    public Double rate() {
        return batches == 0 ? null : (double) cases / batches;
    }

    /** The rate in percent with one decimal, or null. */
    public Double percent() {
        Double rate = rate();
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
