package org.qualityloop.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last hash of each case's chain as the running transaction appended it. A case's row stays locked from its
 * first append to the end of the transaction, so no one else extends its chain meanwhile: the next event of the same
 * case in the same transaction (a registration's, then its first stage's; a completion's, then the stage it leads
 * to) links to the head kept here instead of locking the row and reading the head again. An inner transaction of its
 * own starts with none and never sees the outer one's, which may still roll back.
 */
final class ChainHeads {

    private static final Object KEY = new Object();

    private ChainHeads() {
    }

    /** The running transaction's heads; outside a transaction nothing stays locked, so nothing is kept. */
    static Map<UUID, String> ofTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<UUID, String> heads = (Map<UUID, String>) TransactionSynchronizationManager.getResource(KEY);
        if (heads != null) {
            return heads;
        }
        Map<UUID, String> fresh = new HashMap<>();
        TransactionSynchronizationManager.bindResource(KEY, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(KEY);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(KEY, fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return fresh;
    }
}
