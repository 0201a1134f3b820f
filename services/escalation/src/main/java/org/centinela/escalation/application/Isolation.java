package org.centinela.escalation.application;

import java.util.Optional;

/**
 * Runs part of a transaction so that its failure undoes only that part (a savepoint): the rest of the transaction
 * goes on and may still commit.
 */
public interface Isolation {

    /**
     * Runs {@code work}; if it throws, an {@code Error} included (a {@code StackOverflowError} in one alert's policy
     * must not hold up every other alert's steps), undoes what it wrote and returns what it threw. Throws only when
     * the transaction itself can no longer go on.
     */
    Optional<Throwable> attempt(Runnable work);
}
