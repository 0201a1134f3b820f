package org.centinela.intake.application;

import org.centinela.contracts.CentinelaEvent;

/**
 * Where accepted events wait for Kafka: written in the transaction that accepts them, relayed after
 * it commits, so an accepted signal reaches its topic even if the broker was down when it came in.
 */
public interface Outbox {

    void append(CentinelaEvent event);
}
