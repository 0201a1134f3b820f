package org.centinela.escalation.adapter.config;

import io.smallrye.config.ConfigMapping;

/**
 * The response keys ({@code centinela.response-keys.*}): each service that publishes on {@code alerts.responses}
 * seals what it publishes with its own key, and escalation holds all three to check them.
 */
@ConfigMapping(prefix = "centinela.response-keys")
public interface ResponseKeys {

    /** Intake's key: SMS replies. The same value as intake's {@code centinela.response-key}. */
    String intake();

    /** Notification's key: keypresses, ack links, brief pages. The same value as notification's. */
    String notification();

    /** Escalation's own key: answers given through its API or the console. */
    String escalation();
}
