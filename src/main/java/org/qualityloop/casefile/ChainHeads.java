package org.qualityloop.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qualityloop.audit.Chain;
import org.qualityloop.transactions.TransactionScoped;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cases whose rows the running transaction holds, and the last hash of their chains as it appended them. A case's
 * row stays locked from its first lock (or its insert) to the end of the transaction, so no one else extends its
 * chain meanwhile: an event of such a case needs no second lock, and links to the head kept here instead of reading
 * it again (a registration's events, then its first stage's; a completion's, then the stage it leads to). An inner
 * transaction of its own starts with none and never sees the outer one's, which may still roll back.
 */
final class ChainHeads {

    private static final Object KEY = new Object();

    private final Set<UUID> held = new HashSet<>();
    private final Map<UUID, String> heads = new HashMap<>();

    private ChainHeads() {
    }

    /** The running transaction's; outside a transaction nothing stays locked, so what this one learns is dropped. */
    static ChainHeads ofTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return new ChainHeads();
        }
        ChainHeads bound = TransactionScoped.get(KEY, ChainHeads::new, null);
        return bound == null ? new ChainHeads() : bound;
    }

    /** The case's row was locked by this transaction. */
    void locked(UUID caseId) {
        held.add(caseId);
    }

    /**
     * The last hash of the chain of the case row aliased {@code c}, as a column of the statement that locks it: whoever
     * locks a case appends to its chain next, and reading it apart cost a round trip.
     */
    static final String LAST_HASH = """
            (select e.hash from case_event e where e.case_id = c.id and e.hash is not null
              order by e.id desc fetch first 1 rows only)""";

    /**
     * The case's row was locked, its chain ending in {@code lastHash} as the database holds it (null: no event yet).
     * A head this transaction already knows stays: it may have appended events not yet written.
     */
    void locked(UUID caseId, String lastHash) {
        if (head(caseId) == null) {
            linked(caseId, lastHash == null ? Chain.GENESIS : lastHash);
        }
    }

    /** The case was inserted by this transaction: no one else sees it yet, and its chain is empty. */
    void inserted(UUID caseId) {
        linked(caseId, Chain.GENESIS);
    }

    /** An event with this hash was appended to the case's chain. */
    void linked(UUID caseId, String hash) {
        held.add(caseId);
        heads.put(caseId, hash);
    }

    boolean holds(UUID caseId) {
        return held.contains(caseId);
    }

    /** The case's last hash as this transaction knows it, or null. */
    String head(UUID caseId) {
        return heads.get(caseId);
    }
}
