package org.qualityloop.analytics.web;

import org.qualityloop.analytics.Analysis;
import org.qualityloop.analytics.CategoryTarget;

/** Next year's target categories as the quota lines a new plan takes (类别,承办单位代码,批次), one per bureau. */
final class PlanDraft {

    private PlanDraft() {
    }

    static String text(Analysis analysis) {
        StringBuilder text = new StringBuilder();
        for (CategoryTarget target : analysis.categoryTargets()) {
            for (CategoryTarget.Batches b : target.proposed()) {
                // a category name with a comma would split the line; the plans page reads commas as separators
                text.append(target.category().replaceAll("[,，\\t]", "、")).append(',')
                        .append(b.bureauCode()).append(',').append(b.proposed()).append("\r\n");
            }
        }
        return text.toString();
    }
}
