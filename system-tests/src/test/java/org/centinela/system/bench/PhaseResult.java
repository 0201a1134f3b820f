package org.centinela.system.bench;

/**
 * What one phase of the benchmark measured: SOS sent, accepted by intake's webhook (200), dispatched (their
 * alert's first SMS reached the Twilio sandbox), lost (accepted, never dispatched); the time from each webhook
 * request to that first SMS, and how long the webhook took to answer.
 */
record PhaseResult(SosLoad.Phase phase, int sent, int accepted, int dispatched, Latencies toFirstSms,
        Latencies webhookAnswer) {

    PhaseResult {
        if (accepted > sent || dispatched > accepted) {
            throw new IllegalArgumentException("dispatched ≤ accepted ≤ sent");
        }
    }

    int lost() {
        return accepted - dispatched;
    }

    int refused() {
        return sent - accepted;
    }
}
