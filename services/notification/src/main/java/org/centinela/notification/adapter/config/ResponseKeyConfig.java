package org.centinela.notification.adapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * {@code centinela.response-key}: the key notification seals its responses on {@code alerts.responses} with, at
 * least 32 characters, shared with escalation only (which verifies the seal with it). Mapped at its own name,
 * since other modules read other {@code centinela.*} settings.
 */
@ConfigMapping(prefix = "centinela.response-key")
public interface ResponseKeyConfig {

    @WithParentName
    String value();
}
