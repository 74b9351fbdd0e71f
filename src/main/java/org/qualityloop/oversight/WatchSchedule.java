package org.qualityloop.oversight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline watch on every node. Running it twice is harmless (alerts are raised once by key,
 * mails claimed once), so no node needs to be the leader and none can be a single point of failure.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "qualityloop.oversight.watch-enabled", havingValue = "true", matchIfMissing = true)
class WatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(WatchSchedule.class);

    private final DeadlineWatch watch;
    private final MailOutbox outbox;
    private final CalendarGuard guard;

    WatchSchedule(DeadlineWatch watch, MailOutbox outbox, CalendarGuard guard) {
        this.watch = watch;
        this.outbox = outbox;
        this.guard = guard;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${qualityloop.oversight.sweep-interval:PT15M}")
    void run() {
        // timers created since the last sweep are held long before they could fire: their year has not begun
        guard.hold();
        DeadlineWatch.Sweep sweep = watch.sweep();
        int mailed = outbox.sendPending();
        if (sweep.reminders() + sweep.enterpriseReminders() + sweep.escalations() + mailed > 0) {
            log.info("Deadline watch: {} reminders, {} enterprise reminders, {} escalations, {} mails",
                    sweep.reminders(), sweep.enterpriseReminders(), sweep.escalations(), mailed);
        }
    }
}
