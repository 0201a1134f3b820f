package org.centinela.loops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code centinela.loops.*}: when a background loop counts as stalled. */
@ConfigMapping(prefix = "centinela.loops")
public interface LoopsConfig {

    /** How late a loop's next pass may be before its health check goes DOWN. */
    @WithDefault("60s")
    Duration stalledAfter();
}
