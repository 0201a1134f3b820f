package org.centinela.notification.adapter.out.twilio;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centinela.notification.application.VoiceGateway;
import org.centinela.notification.domain.SendResult;
import org.centinela.notification.domain.Speech;

/**
 * Voice calls through the official SDK's {@code Call.creator}, with the call's TwiML inline (built by
 * {@link VoiceScripts}) and the progress events that matter posted back: ringing, answered, and completed
 * (which also says busy, no-answer or failed).
 */
@ApplicationScoped
public class TwilioVoice implements VoiceGateway {

    static final List<String> STATUS_EVENTS = List.of("ringing", "answered", "completed");
    private static final int LOOK_BACK = 200;

    private final TwilioSettings twilio;
    private final VoiceScripts scripts;

    public TwilioVoice(TwilioSettings twilio, VoiceScripts scripts) {
        this.twilio = twilio;
        this.scripts = scripts;
    }

    @Override
    public SendResult call(UUID deliveryId, String to, Speech speech) {
        try {
            Call call = Call.creator(new PhoneNumber(to), new PhoneNumber(twilio.voiceFrom()),
                            new Twiml(scripts.call(speech, twilio.gatherAction(deliveryId))))
                    .setStatusCallback(twilio.statusCallback(deliveryId))
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .setStatusCallbackEvent(STATUS_EVENTS)
                    .create(twilio.client());
            return SendResult.accepted(call.getSid());
        } catch (ApiException e) {
            return new SendResult.Refused(TwilioFailures.of(e));
        } catch (ApiConnectionException e) {
            return new SendResult.Refused(TwilioFailures.of(e));
        }
    }

    @Override
    public List<String> placedSince(String to, Instant since) {
        ResourceSet<Call> newestFirst = Call.reader().setTo(new PhoneNumber(to))
                .setFrom(new PhoneNumber(twilio.voiceFrom())).limit(LOOK_BACK).read(twilio.client());
        List<String> found = new ArrayList<>();
        for (Call call : newestFirst) {
            if (call.getDateCreated() != null && call.getDateCreated().toInstant().isBefore(since)) {
                break;
            }
            found.add(call.getSid());
        }
        return found;
    }
}
