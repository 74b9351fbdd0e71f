package org.qualityloop.oversight;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.qualityloop.calendar.Step;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline watching and extension rules. Reminders are counted in working days before the due date;
 * the extension rules are the law's defaults (domain.md §3) and stay configurable, as bureaus differ.
 *
 * @param watchEnabled         whether this node sweeps on its own schedule (tests sweep by hand)
 * @param sweepInterval        how often the watch looks for due and overdue tasks
 * @param reminderWorkingDays  how many working days before a due date the task holder is reminded
 * @param enterpriseReminderWorkingDays how many working days before its window closes the enterprise is reminded
 * @param enterpriseReminderTasks the enterprise's tasks whose closing it is reminded of
 * @param mailFrom             the sender of notification mail (sent only when spring.mail.host is set)
 * @param metricsMaxAge        how old the counts behind the gauges may be before a scrape recounts them
 * @param mailClaimLease       how long a node may hold a mail as SENDING before another takes it back up
 * @param extensions           deadline step to the rule for extending it; steps not listed cannot be extended
 */
@ConfigurationProperties("qualityloop.oversight")
public record OversightProperties(
        @DefaultValue("true") boolean watchEnabled,
        @DefaultValue("PT15M") Duration sweepInterval,
        @DefaultValue("2") int reminderWorkingDays,
        @DefaultValue("3") int enterpriseReminderWorkingDays,
        @DefaultValue({"respondToResult", "submitRectificationReport"}) List<String> enterpriseReminderTasks,
        @DefaultValue("noreply@qualityloop.local") String mailFrom,
        @DefaultValue("PT30S") Duration metricsMaxAge,
        @DefaultValue("PT10M") Duration mailClaimLease,
        Map<Step, ExtensionRule> extensions) {

    /**
     * How far and how often one deadline may be extended.
     *
     * @param maxDays       calendar days one extension may add at most
     * @param maxTimes      how many extensions the deadline may have
     * @param minDaysBefore the request must come at least this many calendar days before the deadline
     * @param alsoExtends   later deadlines counted from the same date that move with this one
     * @param basis         the legal basis, shown with every refusal and approval
     * @param basisVerified false while the basis comes from secondary sources: shown as awaiting checking
     */
    public record ExtensionRule(int maxDays, @DefaultValue("1") int maxTimes, @DefaultValue("0") int minDaysBefore,
                                @DefaultValue List<Step> alsoExtends, String basis,
                                @DefaultValue("true") boolean basisVerified) {
    }

    public OversightProperties {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }
}
