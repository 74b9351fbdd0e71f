package org.qualityloop.worklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Folds the tally's deltas on every node, every few seconds. Readers are right whether or not a fold has
 * run (they add the deltas); folding only keeps what they read small. Two nodes folding at once is safe:
 * one of them rolls back and the next round goes on.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "qualityloop.read-model.tally-fold-enabled", havingValue = "true", matchIfMissing = true)
class TallyFolding {

    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(TallyFolding.class);

    private final TaskTally tally;

    TallyFolding(TaskTally tally) {
        this.tally = tally;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${qualityloop.read-model.tally-fold-interval:PT5S}")
    void run() {
        try {
            while (tally.fold(BATCH) == BATCH) {
                // a backlog (bulk intake): keep going while whole batches come back
            }
        } catch (ConcurrencyFailureException e) {
            log.debug("Tally fold left to the next round: {}", e.getMessage());
        }
    }
}
