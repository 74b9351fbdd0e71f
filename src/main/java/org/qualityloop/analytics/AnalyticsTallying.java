package org.qualityloop.analytics;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qualityloop.casefile.CaseEventAppended;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.transactions.FollowUp;
import org.qualityloop.transactions.FollowUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the analytics' tally with the cases. A case changed is written down for counting with the change (once
 * however many events its transaction appended) and counted again seconds after it commits, with the other cases
 * changed meanwhile ({@link FollowUps}): the count sees the transaction's last word (an outcome written after the event
 * that announced it, a deadline met after the completion), and the registration or completion does not wait on it.
 * Events that change nothing counted (claims, reminders, notices) are left alone. At start-up, cases never counted (a
 * database from before the tally, or restored in bulk) are counted in batches.
 */
@Component
public class AnalyticsTallying implements FollowUp {

    /** The follow-up that counts a changed case again. */
    static final String COUNT = "analytics.count";

    public static final int BATCH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsTallying.class);

    private static final Set<CaseEventType> UNCOUNTED = EnumSet.of(CaseEventType.TASK_CLAIMED,
            CaseEventType.TASK_UNCLAIMED, CaseEventType.TASK_REASSIGNED, CaseEventType.DOCUMENT_ACKNOWLEDGED,
            CaseEventType.ATTACHMENT_FILED, CaseEventType.DEADLINE_REMINDER, CaseEventType.ENTERPRISE_REMINDER,
            CaseEventType.DEADLINE_OVERDUE, CaseEventType.BUREAU_NOTIFIED, CaseEventType.PUBLICATION_CHANGED,
            CaseEventType.CALENDAR_VERIFIED, CaseEventType.DOCUMENT_ISSUED, CaseEventType.CLASSIFICATION_INPUTS);

    private final AnalyticsTally tally;
    private final CaseFiles cases;
    private final TransactionTemplate transactions;
    private final FollowUps followUps;

    AnalyticsTallying(AnalyticsTally tally, CaseFiles cases, TransactionTemplate transactions, FollowUps followUps) {
        this.tally = tally;
        this.cases = cases;
        this.transactions = transactions;
        this.followUps = followUps;
    }

    @EventListener
    void onEvent(CaseEventAppended event) {
        if (!UNCOUNTED.contains(event.type())) {
            followUps.add(COUNT, event.caseId().toString(), event.type().name());
        }
    }

    @Override
    public String kind() {
        return COUNT;
    }

    /** Counts the changed cases again. */
    @Override
    public void handle(Map<String, String> reasonByCase) {
        countLocked(reasonByCase.keySet().stream().map(UUID::fromString).toList());
    }

    /** Counts these cases with their rows locked, so no transaction changes them while they are counted. */
    private int countLocked(List<UUID> ids) {
        cases.lockAll(ids);
        return tally.refresh(ids);
    }

    /**
     * Counts every case not counted yet, in batches of their own transaction, and folds what that added; returns how
     * many cases it counted. Runs at start-up; call it after restoring cases in bulk into a running system.
     */
    public long countUncounted() {
        long counted = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = cases.idsAfter(after, BATCH);
            if (ids.isEmpty()) {
                fold();
                return counted;
            }
            after = ids.get(ids.size() - 1);
            Integer done = transactions.execute(status -> {
                List<UUID> left = tally.uncounted(ids);
                if (left.isEmpty()) {
                    return 0;
                }
                return countLocked(left);
            });
            counted += done == null ? 0 : done;
        }
    }

    /**
     * Counts what was never counted beside the running application, not before it serves: a restored archive of 10^6
     * cases takes minutes, and the analytics say meanwhile that their figures are still being completed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void countAtStart() {
        if (cases.total() == tally.countedCases()) {
            return;
        }
        counting = true;
        Thread worker = new Thread(() -> {
            long started = System.nanoTime();
            try {
                long counted = countUncounted();
                log.info("Analytics: {} cases counted into the tally in {} ms", counted,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("Analytics: counting the cases not yet in the tally stopped; it resumes at the next start", e);
            } finally {
                counting = false;
            }
        }, "analytics-count");
        worker.setDaemon(true);
        worker.start();
    }

    private volatile boolean counting;

    /** Whether this node is still counting cases that were never counted (the figures are short of them). */
    public boolean counting() {
        return counting;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${qualityloop.read-model.tally-fold-interval:PT5S}")
    void fold() {
        try {
            while (tally.fold(5_000) == 5_000) {
                // a backlog (bulk intake or a restored archive): keep going while whole batches come back
            }
            while (tally.foldResults(5_000) == 5_000) {
                // the enterprises' deltas come with the same cases, so the same backlog
            }
        } catch (ConcurrencyFailureException e) {
            log.debug("Analytics fold left to the next round: {}", e.getMessage());
        }
    }
}
