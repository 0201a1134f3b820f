package org.centinela.intake.adapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.centinela.contracts.alert.ResponseSeal;

/**
 * The key intake seals its responses on {@code alerts.responses} with ({@link ResponseSeal}): only intake and
 * escalation hold it. A key too short stops intake at its start, rather than at a responder's first answer.
 */
@ConfigMapping(prefix = "centinela.response-key")
public interface ResponseKey {

    /** {@code centinela.response-key}, at least {@value ResponseSeal#MIN_KEY_LENGTH} characters. */
    @WithParentName
    @NotNull
    @Size(min = ResponseSeal.MIN_KEY_LENGTH)
    String value();
}
