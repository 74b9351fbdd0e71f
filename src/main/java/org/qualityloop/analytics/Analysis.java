package org.qualityloop.analytics;

import java.util.List;
import org.qualityloop.casefile.CaseStatistics;

/**
 * The figures of one view of the analytics: the rates of the last year of the period by category and by bureau, the
 * rates of every year of the period, and the other counts over the whole period, all within the viewer's scope.
 */
public record Analysis(int fromYear, int toYear, String bureau, List<Rate> byCategory, List<Rate> byBureau,
                       List<Rate> byYear, List<CategoryTrend> trends, List<CaseStatistics.ItemCount> items,
                       List<EnterpriseTarget> repeatEnterprises, List<Ending> endings,
                       List<CaseStatistics.StepCount> steps, List<CategoryTarget> categoryTargets,
                       List<EnterpriseTarget> enterpriseTargets) {

    /** A category's rate in each year of the period. */
    public record CategoryTrend(String category, List<Rate> years) {
    }

    public int targetYear() {
        return toYear + 1;
    }
}
