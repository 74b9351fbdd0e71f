package org.qualityloop.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many years of history the grade looks at (older results no longer count against an enterprise), and how many of
 * the latest results in them are read at most.
 */
@ConfigurationProperties("qualityloop.grading")
record RiskGradeProperties(@DefaultValue("3") int years, @DefaultValue("20") int latestResults) {
}
