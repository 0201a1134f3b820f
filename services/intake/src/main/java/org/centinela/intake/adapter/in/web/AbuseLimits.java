package org.centinela.intake.adapter.in.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.centinela.intake.domain.RateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of intake's public endpoints, and the metric {@code centinela_intake_rate_limited_total}
 * counting what they turned away. SMS: per number, and all unknown numbers together (a known defender's
 * SOS is never held back by strangers). App: per device, and everything together per second.
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

    /** Whether an SMS from {@code phone} (known to the directory or not) may be handled now. */
    public boolean allowSms(String phone, boolean knownSender) {
        long now = System.nanoTime();
        boolean allowed = smsPerSender.allow(phone, now) && (knownSender || unknownSms.allow(GLOBAL, now));
        return counted(allowed, "sms");
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
