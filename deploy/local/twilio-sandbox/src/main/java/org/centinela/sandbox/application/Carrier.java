package org.centinela.sandbox.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.CallScript;
import org.centinela.sandbox.domain.CallStatus;
import org.centinela.sandbox.domain.FaultMode;
import org.centinela.sandbox.domain.MessageStatus;
import org.centinela.sandbox.domain.SmsMessage;
import org.centinela.sandbox.domain.Twiml;

/**
 * The phone network behind the sandbox: moves each accepted message and call through its statuses in
 * Twilio's order, one {@code step} apart, and posts each change to the status callback as Twilio does
 * (messages: sent, then delivered or undelivered; calls: initiated, ringing, answered, completed). An
 * answered call runs its TwiML, waits {@code answerWait} for a keypress when it gathers one, then hangs up.
 */
public final class Carrier {

    static final String API_VERSION = "2010-04-01";
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(Carrier.class.getName());

    private final Switchboard switchboard;
    private final Webhooks webhooks;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration step;
    private final Duration answerWait;
    private final Map<String, ScheduledFuture<?>> hangUps = new ConcurrentHashMap<>();
    private final Map<String, Integer> callbackSequence = new ConcurrentHashMap<>();

    public Carrier(Switchboard switchboard, Webhooks webhooks, ScheduledExecutorService scheduler, Clock clock,
            Duration step, Duration answerWait) {
        this.switchboard = switchboard;
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.step = step;
        this.answerWait = answerWait;
    }

    /** Carries an accepted SMS: sent, then delivered (or undelivered when {@code undelivered}). */
    public void deliver(SmsMessage message, boolean undelivered) {
        later(step, () -> {
            messageBecomes(message.sid(), MessageStatus.SENT, null, null);
            later(step, () -> {
                if (undelivered) {
                    messageBecomes(message.sid(), MessageStatus.UNDELIVERED, 30003, "Unreachable destination handset");
                } else {
                    messageBecomes(message.sid(), MessageStatus.DELIVERED, null, null);
                }
            });
        });
    }

    /** Dials an accepted call: it rings, then is answered, or rings out or fails as {@code fault} says. */
    public void dial(Call call, Optional<FaultMode> fault) {
        later(step, () -> {
            callBecomes(call.sid(), CallStatus.INITIATED);
            later(step, () -> {
                callBecomes(call.sid(), CallStatus.RINGING);
                later(step, () -> {
                    if (fault.equals(Optional.of(FaultMode.NO_ANSWER))) {
                        callBecomes(call.sid(), CallStatus.NO_ANSWER);
                    } else if (fault.equals(Optional.of(FaultMode.UNDELIVERED))) {
                        callBecomes(call.sid(), CallStatus.FAILED);
                    } else {
                        answer(call.sid());
                    }
                });
            });
        });
    }

    /**
     * A key pressed on an answered call that waits for one: posted to its {@code <Gather>} action; the
     * TwiML answered runs next.
     *
     * @throws IllegalStateException when the call is not waiting for a keypress
     */
    public Webhooks.WebhookAnswer press(String sid, String keys) {
        Call call = switchboard.call(sid).filter(Call::awaitsKeys)
                .orElseThrow(() -> new IllegalStateException("call " + sid + " is not waiting for a keypress"));
        cancelHangUp(sid);
        Call pressed = switchboard.updateCall(sid, c -> c.pressed(keys, clock.instant())).orElseThrow();
        Map<String, List<String>> params = callParams(pressed, pressed.status());
        params.put("Digits", List.of(keys));
        params.put("FinishedOnKey", List.of(""));
        Webhooks.WebhookAnswer answer = webhooks.post(gatherUrl(call), params);
        CallScript next = answer.successful() ? readScript(answer.body()) : CallScript.silent();
        switchboard.updateCall(sid, c -> c.running(answer.body(), next, clock.instant()));
        hangUpAfter(sid, next.gather() != null ? answerWait : step);
        return answer;
    }

    /** Stops every pending hang-up (the switchboard was reset). */
    public void forgetCalls() {
        hangUps.values().forEach(future -> future.cancel(false));
        hangUps.clear();
        callbackSequence.clear();
    }

    private void answer(String sid) {
        Call call = switchboard.call(sid).orElse(null);
        if (call == null) {
            return;
        }
        String twiml = call.twiml();
        if (twiml == null || twiml.isBlank()) {
            twiml = fetchTwiml(call);
        }
        String running = twiml;
        CallScript script = readScript(running);
        switchboard.updateCall(sid, c -> c.running(running, script, clock.instant()));
        callBecomes(sid, CallStatus.IN_PROGRESS);
        hangUpAfter(sid, script.gather() != null ? answerWait : step);
    }

    /** The TwiML at the call's Url, as Twilio fetches it when the call is answered; empty when none came. */
    private String fetchTwiml(Call call) {
        try {
            Webhooks.WebhookAnswer fetched = webhooks.post(call.url(), callParams(call, CallStatus.IN_PROGRESS));
            return fetched.successful() ? fetched.body() : "";
        } catch (Webhooks.WebhookUnreachableException e) {
            LOG.log(Level.WARNING, "TwiML not fetched: {0}", e.getMessage());
            return "";
        }
    }

    private void hangUpAfter(String sid, Duration wait) {
        hangUps.put(sid, scheduler.schedule(() -> {
            hangUps.remove(sid);
            callBecomes(sid, CallStatus.COMPLETED);
        }, wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void cancelHangUp(String sid) {
        ScheduledFuture<?> pending = hangUps.remove(sid);
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private static CallScript readScript(String twiml) {
        try {
            return twiml == null || twiml.isBlank() ? CallScript.silent() : Twiml.voice(twiml);
        } catch (Twiml.InvalidTwimlException e) {
            return new CallScript(List.of("An application error has occurred. Goodbye."), null);
        }
    }

    private static String gatherUrl(Call call) {
        String action = call.script().gather().action();
        if (action == null || action.isBlank()) {
            return call.url();
        }
        return call.url() == null ? action : java.net.URI.create(call.url()).resolve(action).toString();
    }

    private void messageBecomes(String sid, MessageStatus status, Integer errorCode, String errorMessage) {
        switchboard.updateMessage(sid, m -> m.withStatus(status, clock.instant(), errorCode, errorMessage))
                .filter(message -> message.statusCallback() != null)
                .ifPresent(message -> callback(message.statusCallback(), messageParams(message)));
    }

    private void callBecomes(String sid, CallStatus status) {
        Instant now = clock.instant();
        switchboard.updateCall(sid, c -> c.withStatus(status, now))
                .filter(call -> call.statusCallback() != null)
                .filter(call -> call.statusCallbackEvents().contains(status.callbackEvent()))
                .ifPresent(call -> {
                    Map<String, List<String>> params = callParams(call, status);
                    params.put("CallbackSource", List.of("call-progress-events"));
                    params.put("SequenceNumber", List.of(String.valueOf(callbackSequence.merge(sid, 1, Integer::sum) - 1)));
                    params.put("Timestamp", List.of(RFC_2822.format(now)));
                    if (status.ended()) {
                        String duration = String.valueOf(call.durationUntil(now));
                        params.put("CallDuration", List.of(duration));
                        params.put("Duration", List.of(duration));
                    }
                    callback(call.statusCallback(), params);
                });
        if (status.ended()) {
            callbackSequence.remove(sid);
        }
    }

    private void callback(String url, Map<String, List<String>> params) {
        try {
            webhooks.post(url, params);
        } catch (Webhooks.WebhookUnreachableException e) {
            LOG.log(Level.WARNING, "status callback not delivered: {0}", e.getMessage());
        }
    }

    private static Map<String, List<String>> messageParams(SmsMessage message) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("AccountSid", List.of(message.accountSid()));
        params.put("ApiVersion", List.of(API_VERSION));
        params.put("From", List.of(message.from()));
        params.put("To", List.of(message.to()));
        params.put("MessageSid", List.of(message.sid()));
        params.put("SmsSid", List.of(message.sid()));
        params.put("MessageStatus", List.of(message.status().wire()));
        params.put("SmsStatus", List.of(message.status().wire()));
        if (message.errorCode() != null) {
            params.put("ErrorCode", List.of(String.valueOf(message.errorCode())));
        }
        return params;
    }

    private static Map<String, List<String>> callParams(Call call, CallStatus status) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("AccountSid", List.of(call.accountSid()));
        params.put("ApiVersion", List.of(API_VERSION));
        params.put("CallSid", List.of(call.sid()));
        params.put("CallStatus", List.of(status.wire()));
        params.put("Called", List.of(call.to()));
        params.put("Caller", List.of(call.from()));
        params.put("Direction", List.of("outbound-api"));
        params.put("From", List.of(call.from()));
        params.put("To", List.of(call.to()));
        return params;
    }

    private void later(Duration delay, Runnable step) {
        scheduler.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the sandbox carrier failed a step", e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
