package org.centinela.intake.adapter.in.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.centinela.intake.domain.RateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of intake's public endpoints, and the metric {@code centinela_intake_rate_limited_total}
 * counting what they turned away. SMS: per unknown number, and all unknown numbers together. An SMS from someone the
 * directory knows is never turned away, however fast they come: it may be her duress PIN after twenty SOS, and the
 * answer to a dropped SMS is an empty reply she cannot tell from a received one. When a known number goes past the
 * pace of a stranger, {@code centinela_intake_known_sender_over_pace_total} counts it (someone pressing SOS again and
 * again, or her number spoofed), and it is handled all the same. App: per device, and everything together per second;
 * the app is told 429 and sends again.
 */
@ApplicationScoped
public class AbuseLimits {

    static final String GLOBAL = "*";

    private final RateLimit smsPerSender;
    private final RateLimit unknownSms;
    private final RateLimit apiPerDevice;
    private final RateLimit api;
    private final MeterRegistry metrics;

    public AbuseLimits(MeterRegistry metrics,
            @ConfigProperty(name = "intake.rate.sms-per-sender-per-minute") int smsPerSender,
            @ConfigProperty(name = "intake.rate.unknown-sms-per-minute") int unknownSms,
            @ConfigProperty(name = "intake.rate.api-per-device-per-minute") int apiPerDevice,
            @ConfigProperty(name = "intake.rate.api-per-second") int api) {
        this.metrics = metrics;
        this.smsPerSender = new RateLimit(smsPerSender, Duration.ofMinutes(1));
        this.unknownSms = new RateLimit(unknownSms, Duration.ofMinutes(1));
        this.apiPerDevice = new RateLimit(apiPerDevice, Duration.ofMinutes(1));
        this.api = new RateLimit(api, Duration.ofSeconds(1));
    }

    /** Whether an SMS from {@code phone} may be handled now: always when the directory knows its sender. */
    public boolean allowSms(String phone, boolean knownSender) {
        long now = System.nanoTime();
        boolean atAStrangersPace = smsPerSender.allow(phone, now);
        if (knownSender) {
            if (!atAStrangersPace) {
                metrics.counter("centinela_intake_known_sender_over_pace").increment();
            }
            return true;
        }
        return counted(atAStrangersPace && unknownSms.allow(GLOBAL, now), "sms");
    }

    /** Whether a request of the app on {@code endpoint} from {@code device} may be handled now. */
    public boolean allowApi(String endpoint, String device) {
        long now = System.nanoTime();
        return counted(apiPerDevice.allow(device, now) && api.allow(GLOBAL, now), endpoint);
    }

    private boolean counted(boolean allowed, String endpoint) {
        if (!allowed) {
            metrics.counter("centinela_intake_rate_limited", "endpoint", endpoint).increment();
        }
        return allowed;
    }
}
