package org.centinela.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One transaction at a time, begun and completed by the test. */
final class TestTransactions implements TransactionSynchronizationRegistry {

    private int status = Status.STATUS_NO_TRANSACTION;
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
        status = Status.STATUS_ACTIVE;
    }

    void complete(int outcome) {
        synchronizations.forEach(Synchronization::beforeCompletion);
        status = outcome;
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
        synchronizations.clear();
        resources.clear();
        status = Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public Object getTransactionKey() {
        return status == Status.STATUS_NO_TRANSACTION ? null : this;
    }

    @Override
    public void putResource(Object key, Object value) {
        resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return status;
    }

    @Override
    public void setRollbackOnly() {
        status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return status == Status.STATUS_MARKED_ROLLBACK;
    }
}
