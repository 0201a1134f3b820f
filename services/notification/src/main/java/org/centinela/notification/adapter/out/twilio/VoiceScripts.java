package org.centinela.notification.adapter.out.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.centinela.notification.application.AnswerCall;
import org.centinela.notification.domain.Speech;

/**
 * The TwiML of calls, built with the SDK's TwiML classes. A call that asks for an answer says the message
 * and its options (and, when it carries the alert's brief, what that says of her) inside a {@code <Gather>} (one key, posted to {@code POST /twilio/voice/gather}), says them
 * again in a second one if nothing was pressed, then says goodbye; a call that only informs says its
 * message twice. {@code <Say>} speaks the person's language.
 */
public final class VoiceScripts {

    /** Seconds a {@code <Gather>} waits for a key after the message. */
    static final int KEY_TIMEOUT_SECONDS = 8;

    private final Map<String, String> sayLanguages;

    /** @param sayLanguages the {@code <Say language>} of each template language, e.g. es → es-MX */
    public VoiceScripts(Map<String, String> sayLanguages) {
        this.sayLanguages = Map.copyOf(sayLanguages);
    }

    /** The TwiML of a call that says {@code speech}; keypresses go to {@code gatherAction}. */
    public String call(Speech speech, URI gatherAction) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (speech.asksForAnswer()) {
            response.gather(gather(speech, gatherAction, null)).gather(gather(speech, gatherAction, null));
        } else {
            response.say(say(speech.language(), speech.message()))
                    .pause(new Pause.Builder().length(1).build())
                    .say(say(speech.language(), speech.message()));
        }
        return response.say(say(speech.language(), speech.closing())).hangup(new Hangup.Builder().build())
                .build().toXml();
    }

    /** The TwiML that answers a keypress. */
    public String answer(AnswerCall.Answer answer, URI gatherAction) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (answer.hangsUp()) {
            return response.say(say(answer.language(), answer.reply())).hangup(new Hangup.Builder().build()).build().toXml();
        }
        Speech again = answer.again();
        response.gather(gather(again, gatherAction, answer.reply()));
        return response.say(say(again.language(), again.closing())).hangup(new Hangup.Builder().build())
                .build().toXml();
    }

    /** TwiML that only hangs up (a keypress for no known delivery). */
    public static String hangUp() {
        return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }

    private Gather gather(Speech speech, URI action, String notice) {
        Gather.Builder gather = new Gather.Builder().action(action).method(HttpMethod.POST).numDigits(1)
                .timeout(KEY_TIMEOUT_SECONDS).inputs(Gather.Input.DTMF);
        if (notice != null) {
            gather.say(say(speech.language(), notice));
        }
        if (speech.asksForAnswer()) {
            String said = speech.message() + " " + speech.menu() + (speech.brief() == null ? "" : " " + speech.brief());
            return gather.say(say(speech.language(), said)).build();
        }
        return gather.say(say(speech.language(), speech.message())).build();
    }

    private Say say(String language, String text) {
        Say.Builder say = new Say.Builder(text);
        sayLanguage(language).ifPresent(say::language);
        return say.build();
    }

    private Optional<Say.Language> sayLanguage(String language) {
        String tag = sayLanguages.get(language);
        return Arrays.stream(Say.Language.values()).filter(candidate -> candidate.toString().equals(tag)).findFirst();
    }
}
