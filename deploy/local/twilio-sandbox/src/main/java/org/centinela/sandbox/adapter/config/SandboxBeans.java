package org.centinela.sandbox.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.centinela.sandbox.adapter.out.http.SignedFormWebhooks;
import org.centinela.sandbox.application.Carrier;
import org.centinela.sandbox.application.PlaceCall;
import org.centinela.sandbox.application.ReceiveSms;
import org.centinela.sandbox.application.SendSms;
import org.centinela.sandbox.application.Switchboard;
import org.centinela.sandbox.application.Webhooks;
import org.centinela.sandbox.domain.FaultPlan;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the sandbox's plain-Java parts from its configuration. Timers run on the scheduled executor
 * Quarkus provides, backed by its worker threads, so a slow webhook never blocks an event loop.
 */
public class SandboxBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Switchboard switchboard() {
        return new Switchboard();
    }

    @Produces
    @ApplicationScoped
    FaultPlan faultPlan() {
        return new FaultPlan();
    }

    @Produces
    @ApplicationScoped
    Webhooks webhooks(@ConfigProperty(name = "twilio.auth-token") String authToken,
            @ConfigProperty(name = "sandbox.webhook-timeout") Duration timeout) {
        return new SignedFormWebhooks(authToken, timeout);
    }

    @Produces
    @ApplicationScoped
    Carrier carrier(Switchboard switchboard, Webhooks webhooks, ScheduledExecutorService quarkusWorkers, Clock clock,
            @ConfigProperty(name = "sandbox.progress-step") Duration step,
            @ConfigProperty(name = "sandbox.answer-wait") Duration answerWait) {
        return new Carrier(switchboard, webhooks, quarkusWorkers, clock, step, answerWait);
    }

    @Produces
    @ApplicationScoped
    SendSms sendSms(Switchboard switchboard, Carrier carrier, Clock clock,
            @ConfigProperty(name = "twilio.from") String from) {
        return new SendSms(switchboard, carrier, clock, from);
    }

    @Produces
    @ApplicationScoped
    PlaceCall placeCall(Switchboard switchboard, Carrier carrier, Clock clock) {
        return new PlaceCall(switchboard, carrier, clock);
    }

    @Produces
    @ApplicationScoped
    ReceiveSms receiveSms(Switchboard switchboard, Carrier carrier, Webhooks webhooks, Clock clock,
            @ConfigProperty(name = "twilio.account-sid") String accountSid,
            @ConfigProperty(name = "sandbox.inbound-sms-url") String webhookUrl) {
        return new ReceiveSms(switchboard, carrier, webhooks, clock, accountSid, webhookUrl);
    }
}
