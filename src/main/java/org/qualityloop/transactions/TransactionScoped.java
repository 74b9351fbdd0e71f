package org.qualityloop.transactions;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value bound to the running transaction: made on its first use, set aside while an inner transaction of its own
 * runs (which makes its own, and may commit or roll back apart), dropped when the transaction ends. What it gathered
 * can be acted on once just before the transaction commits, however often it was added to.
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /** The running transaction's value under {@code key} if it made one; null otherwise. */
    @SuppressWarnings("unchecked")
    public static <T> T bound(Object key) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (T) TransactionSynchronizationManager.getResource(key) : null;
    }

    /**
     * The running transaction's value under {@code key}, made by {@code fresh} on first use; {@code beforeCommit}
     * (or null) is given it just before the transaction commits. Null when no transaction is running.
     */
    public static <T> T get(Object key, Supplier<T> fresh, Consumer<T> beforeCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T bound = (T) TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return bound;
        }
        T made = fresh.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (beforeCommit != null) {
                    beforeCommit.accept(made);
                }
            }

            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, made);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return made;
    }
}
