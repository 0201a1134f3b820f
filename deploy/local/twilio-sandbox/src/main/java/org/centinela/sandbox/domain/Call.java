package org.centinela.sandbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One voice call a service placed through the REST API, with the TwiML it runs (given inline or
 * fetched from {@code url} when answered), what that TwiML says and waits for, and the keys pressed.
 *
 * @param statusCallbackEvents the events posted to {@code statusCallback}; Twilio's default is {@code completed}
 * @param script what the TwiML running now says and waits for
 * @param transcript every sentence said on the call so far, in order
 */
public record Call(
        String sid,
        String accountSid,
        String from,
        String to,
        CallStatus status,
        String twiml,
        String url,
        String statusCallback,
        Set<String> statusCallbackEvents,
        CallScript script,
        List<String> transcript,
        List<String> digits,
        Instant createdAt,
        Instant updatedAt,
        Instant answeredAt) {

    public Call {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!PhoneNumbers.isE164(from) || !PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("from and to must be E.164 numbers");
        }
        if ((twiml == null || twiml.isBlank()) && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("a call needs Twiml or a Url");
        }
        statusCallbackEvents = Set.copyOf(statusCallbackEvents);
        transcript = List.copyOf(transcript);
        digits = List.copyOf(digits);
    }

    public Call withStatus(CallStatus next, Instant at) {
        Instant answered = next == CallStatus.IN_PROGRESS && answeredAt == null ? at : answeredAt;
        return new Call(sid, accountSid, from, to, next, twiml, url, statusCallback, statusCallbackEvents, script,
                transcript, digits, createdAt, at, answered);
    }

    /** The call runs {@code newTwiml} from now on (answered, or the answer to a keypress). */
    public Call running(String newTwiml, CallScript newScript, Instant at) {
        List<String> said = new ArrayList<>(transcript);
        said.addAll(newScript.say());
        return new Call(sid, accountSid, from, to, status, newTwiml, url, statusCallback, statusCallbackEvents,
                newScript, said, digits, createdAt, at, answeredAt);
    }

    public Call pressed(String keys, Instant at) {
        List<String> all = new ArrayList<>(digits);
        all.add(keys);
        return new Call(sid, accountSid, from, to, status, twiml, url, statusCallback, statusCallbackEvents, script,
                transcript, all, createdAt, at, answeredAt);
    }

    /** Whether a keypress now would reach a {@code <Gather>}. */
    public boolean awaitsKeys() {
        return status == CallStatus.IN_PROGRESS && script.gather() != null;
    }

    /** Seconds from answer to {@code end}, as Twilio reports {@code CallDuration}; 0 if never answered. */
    public long durationUntil(Instant end) {
        return answeredAt == null ? 0 : Duration.between(answeredAt, end).toSeconds();
    }
}
