package org.centinela.notification.adapter.out.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.SendResult;
import org.centinela.notification.domain.Speech;
import org.centinela.twilio.TwilioRestClients;
import org.junit.jupiter.api.Test;

/** The official SDK's requests as notification makes them, and Twilio's refusals as it reads them. */
class TwilioAdaptersTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TO = "+50255510001";
    private static final UUID DELIVERY = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private final ScriptedTwilio twilio = new ScriptedTwilio();
    private final TwilioSettings settings = new TwilioSettings(
            TwilioRestClients.create(SID, "token", Optional.of("http://127.0.0.1:8089"), twilio), "+15005550006",
            "+15005550006", "https://notification.example.org/");
    private final VoiceScripts scripts = new VoiceScripts(Map.of("es", "es-MX", "en", "en-US"));

    @Test
    void anSmsIsCreatedWithItsStatusCallbackNamingTheDelivery() {
        twilio.answer(201, "{\"sid\":\"SM0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}");

        SendResult result = new TwilioSms(settings).send(DELIVERY, TO, "CENTINELA alerta 4821. Responde OK 4821");

        assertThat(result).isEqualTo(SendResult.accepted("SM0123456789abcdef0123456789abcdef"));
        Request sent = twilio.requests.get(0);
        assertThat(sent.getMethod()).isEqualTo(HttpMethod.POST);
        assertThat(sent.constructURL().toString()).endsWith("/2010-04-01/Accounts/" + SID + "/Messages.json");
        assertThat(sent.getPostParams()).containsEntry("To", List.of(TO)).containsEntry("From", List.of("+15005550006"))
                .containsEntry("Body", List.of("CENTINELA alerta 4821. Responde OK 4821"))
                .containsEntry("StatusCallback", List.of("https://notification.example.org/twilio/status?d=" + DELIVERY));
    }

    @Test
    void aMessagingServiceSendsInsteadOfANumber() {
        twilio.answer(201, "{\"sid\":\"SM1\",\"status\":\"accepted\"}");
        TwilioSettings service = new TwilioSettings(settings.client(), "MG0123456789abcdef0123456789abcdef",
                "+15005550006", "https://notification.example.org");

        new TwilioSms(service).send(DELIVERY, TO, "x");

        assertThat(twilio.requests.get(0).getPostParams()).containsKey("MessagingServiceSid").doesNotContainKey("From");
    }

    @Test
    void aCallRunsItsTwimlInlineAndPostsTheProgressThatMatters() {
        twilio.answer(201, "{\"sid\":\"CA0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}");

        SendResult result = new TwilioVoice(settings, scripts).call(DELIVERY, TO,
                new Speech("es", "Alerta de Centinela.", "Marca 1 si atiendes.", "Adiós."));

        assertThat(result).isEqualTo(SendResult.accepted("CA0123456789abcdef0123456789abcdef"));
        Map<String, List<String>> params = twilio.requests.get(0).getPostParams();
        assertThat(params.get("Twiml").get(0)).contains("<Gather").contains("Alerta de Centinela.")
                .contains("https://notification.example.org/twilio/voice/gather?d=" + DELIVERY);
        assertThat(params).containsEntry("StatusCallback", List.of("https://notification.example.org/twilio/status?d=" + DELIVERY))
                .containsEntry("StatusCallbackMethod", List.of("POST"));
        assertThat(params.get("StatusCallbackEvent")).containsExactlyInAnyOrder("ringing", "answered", "completed");
    }

    @Test
    void aServerErrorAfterTheSdksOwnRetriesIsTransient() {
        for (int i = 0; i < 3; i++) {
            twilio.answer(500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}");
        }

        SendResult result = new TwilioSms(settings).send(DELIVERY, TO, "x");

        assertThat(twilio.requests).as("the SDK tries a 5xx three times").hasSize(3);
        assertThat(failure(result).kind()).isEqualTo(Failure.Kind.TRANSIENT);
        assertThat(failure(result).code()).isEqualTo("20500");
    }

    @Test
    void anInvalidNumberIsPermanentAndItsDescriptionNeverQuotesTheNumber() {
        twilio.answer(400, "{\"code\":21211,\"message\":\"The 'To' number " + TO + " is not a valid phone number.\",\"status\":400}");

        Failure failure = failure(new TwilioSms(settings).send(DELIVERY, TO, "x"));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo("21211");
        assertThat(failure.message()).doesNotContain(TO).contains("not a valid phone number");
    }

    @Test
    void tooManyRequestsIsTransient() {
        twilio.answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}");

        assertThat(failure(new TwilioVoice(settings, scripts).call(DELIVERY, TO,
                new Speech("es", "x", null, "y"))).kind()).isEqualTo(Failure.Kind.TRANSIENT);
    }

    @Test
    void noConnectionIsTransientAndNoAnswerIsUncertain() {
        twilio.fail(new ApiConnectionException("refused", new ConnectException("Connection refused")));
        twilio.fail(new ApiConnectionException("timed out", new SocketTimeoutException("Read timed out")));

        assertThat(failure(new TwilioSms(settings).send(DELIVERY, TO, "x")).kind()).isEqualTo(Failure.Kind.TRANSIENT);
        assertThat(failure(new TwilioSms(settings).send(DELIVERY, TO, "x")).kind()).isEqualTo(Failure.Kind.UNCERTAIN);
    }

    @Test
    void reconcilingLooksForHerMessagesWithTheCodeSinceTheAttempt() {
        Instant attempt = Instant.parse("2026-11-28T12:00:00Z");
        twilio.answer(200, "{\"messages\":["
                + message("SMnew", "Responde OK 4821", "Sat, 28 Nov 2026 12:00:01 +0000") + ","
                + message("SMother", "Responde OK 7777", "Sat, 28 Nov 2026 12:00:00 +0000") + ","
                + message("SMold", "Responde OK 4821", "Sat, 28 Nov 2026 11:50:00 +0000")
                + "],\"uri\":\"/x\",\"page_size\":50,\"page\":0,\"first_page_uri\":\"/x\",\"next_page_uri\":null,\"previous_page_uri\":null}");

        List<String> found = new TwilioSms(settings).sentSince(TO, text -> text.contains("4821"), attempt);

        assertThat(found).containsExactly("SMnew");
        assertThat(twilio.requests.get(0).constructURL().toString()).contains("To=%2B50255510001");
    }

    private static String message(String sid, String body, String created) {
        return "{\"sid\":\"" + sid + "\",\"body\":\"" + body + "\",\"direction\":\"outbound-api\",\"date_created\":\""
                + created + "\",\"to\":\"" + TO + "\",\"from\":\"+15005550006\",\"status\":\"delivered\"}";
    }

    private static Failure failure(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Refused.class);
        return ((SendResult.Refused) result).failure();
    }

    /** Twilio answering what a test tells it to, in order, and recording each request. */
    static final class ScriptedTwilio extends HttpClient {
        final List<Request> requests = new ArrayList<>();
        private final List<Object> answers = new ArrayList<>();

        void answer(int status, String json) {
            answers.add(new Response(json, status));
        }

        void fail(RuntimeException e) {
            answers.add(e);
        }

        @Override
        public Response makeRequest(Request request) {
            requests.add(request);
            Object next = answers.isEmpty() ? new Response("{}", 500) : answers.remove(0);
            if (next instanceof RuntimeException failure) {
                throw failure;
            }
            return (Response) next;
        }
    }
}
