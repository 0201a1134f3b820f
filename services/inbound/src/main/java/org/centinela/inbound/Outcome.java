package org.centinela.inbound;

/** How {@link Inbound#untilApplied} ended: applied (with what the work answered), rejected, or the service is stopping. */
public sealed interface Outcome<T> {

    /** Applied; {@code value} is what the work answered. */
    record Applied<T>(T value) implements Outcome<T> {
    }

    /** Cannot be applied: the record goes to the dead-letter topic with {@code failure}'s reason. */
    record Rejected<T>(Failure failure) implements Outcome<T> {
    }

    /** The service is stopping: the record is left unacknowledged, so it is delivered again after the restart. */
    record Stopping<T>() implements Outcome<T> {
    }
}
