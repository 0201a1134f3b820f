package org.centinela.sandbox.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.CallScript;
import org.centinela.sandbox.domain.CallStatus;
import org.centinela.sandbox.domain.FaultMode;
import org.centinela.sandbox.domain.PhoneNumbers;
import org.centinela.sandbox.domain.Sid;
import org.centinela.sandbox.domain.Twiml;

/** {@code POST Calls.json}: a service places a voice call; it is refused with Twilio's codes or dialled. */
public final class PlaceCall {

    private static final Set<String> EVENTS = Set.of("initiated", "ringing", "answered", "completed");

    private final Switchboard switchboard;
    private final Carrier carrier;
    private final Clock clock;

    public PlaceCall(Switchboard switchboard, Carrier carrier, Clock clock) {
        this.switchboard = switchboard;
        this.carrier = carrier;
        this.clock = clock;
    }

    public Call place(String accountSid, TwilioForm form, Optional<FaultMode> fault) {
        String to = form.value("To");
        String from = form.value("From");
        String twiml = form.value("Twiml");
        String url = form.value("Url");
        if (to == null) {
            throw TwilioApiException.badRequest(21201, "No 'To' number is specified.");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw TwilioApiException.badRequest(21211, "The 'To' number " + to + " is not a valid phone number.");
        }
        if (from == null) {
            throw TwilioApiException.badRequest(21213, "No 'From' number is specified.");
        }
        if (!PhoneNumbers.isE164(from)) {
            throw TwilioApiException.badRequest(21212, "The 'From' number " + from + " is not a valid phone number.");
        }
        if (twiml == null && url == null) {
            throw TwilioApiException.badRequest(21205, "A 'Url', 'Twiml' or 'ApplicationSid' parameter is required.");
        }
        if (twiml != null) {
            try {
                Twiml.voice(twiml);
            } catch (Twiml.InvalidTwimlException e) {
                throw TwilioApiException.badRequest(21232, "The 'Twiml' parameter is not valid TwiML: " + e.getMessage());
            }
        }
        Set<String> events = new HashSet<>();
        for (String event : form.values("StatusCallbackEvent")) {
            for (String name : event.trim().split("\\s+")) {
                if (!EVENTS.contains(name)) {
                    throw TwilioApiException.badRequest(21626, "StatusCallbackEvent " + name + " is not one of " + EVENTS + ".");
                }
                events.add(name);
            }
        }
        if (events.isEmpty()) {
            events.add("completed");
        }
        Instant now = clock.instant();
        Call call = new Call(Sid.call(), accountSid, from, to, CallStatus.QUEUED, twiml, url,
                form.value("StatusCallback"), events, CallScript.silent(), List.of(), List.of(), now, now, null);
        switchboard.save(call);
        carrier.dial(call, fault);
        return call;
    }
}
