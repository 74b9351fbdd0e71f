package org.qualityloop.transactions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Does the follow-ups every few seconds on every node; the tests switch it off and run them when they mean to, so
 * what they see never depends on a timer.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "qualityloop.follow-ups.scheduled", havingValue = "true", matchIfMissing = true)
class FollowUpSchedule {

    private final FollowUps followUps;

    FollowUpSchedule(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${qualityloop.follow-ups.interval:PT2S}")
    void run() {
        followUps.run();
    }
}
