package org.centinela.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged notification with a response key too short to seal with: it does not start, rather than start and
 * fail the first keypress or link a responder uses.
 */
class ResponseKeyIT {

    @Test
    void aResponseKeyTooShortStopsTheServiceAtItsStart() throws Exception {
        LocalPhones.Refused refused = LocalPhones.refusedStart(Map.of("centinela.response-key", "too-short"));

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.log()).contains("the response key of notification must have at least 32 characters")
                .doesNotContain("too-short");
    }
}
