package org.centinela.system.bench;

/**
 * What one phase of the benchmark measured: SOS sent, accepted by intake's webhook (200 within the 30 s the load
 * generator waits; Twilio itself waits 15 s), dispatched (their alert's first SMS reached the Twilio sandbox), lost
 * (sent, never dispatched: refused, unanswered, or accepted and then dropped); the time from each webhook request to
 * that first SMS, and how long the webhook took to answer.
 */
record PhaseResult(SosLoad.Phase phase, int sent, int accepted, int dispatched, Latencies toFirstSms,
        Latencies webhookAnswer) {

    PhaseResult {
        if (accepted > sent || dispatched > accepted) {
            throw new IllegalArgumentException("dispatched ≤ accepted ≤ sent");
        }
    }

    int lost() {
        return sent - dispatched;
    }

    /** Sent but not accepted: refused, failed, or not answered in time. */
    int notAccepted() {
        return sent - accepted;
    }
}
