package org.qualityloop.analytics;

import java.util.List;

/**
 * The figures of one view of the analytics: the rates of the last year of the period by category and by bureau, the
 * rates of every year of the period, and the other counts over the whole period, all within the viewer's scope.
 */
public record Analysis(int fromYear, int toYear, String bureau, List<Rate> byCategory, List<Rate> byBureau,
                       List<Rate> byYear, List<CategoryTrend> trends, List<ItemCount> items,
                       List<EnterpriseTarget> repeatEnterprises, List<Ending> endings, List<StageTime> stages,
                       List<StepCount> steps, List<CategoryTarget> categoryTargets,
                       List<EnterpriseTarget> enterpriseTargets) {

    /** A category's rate in each year of the period. */
    public record CategoryTrend(String category, List<Rate> years) {
    }

    /** A failed item and the standing results that failed it. */
    public record ItemCount(String item, long cases) {
    }

    /** A stage of the loop: the cases that finished it and the mean days they spent in it. */
    public record StageTime(String stage, long cases, double meanDays) {
    }

    /**
     * A statutory step: deadlines counted, missed (met after the day, or running past it), met, and the mean days from
     * the start to completion of those met.
     */
    public record StepCount(String step, long deadlines, long missed, long completed, double meanDays) {
    }

    public int targetYear() {
        return toYear + 1;
    }
}
