package org.centinela.system.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.centinela.system.TwilioSignature;

/**
 * The load generator: "SOS" texts from the bench defenders, posted to intake's Twilio webhook as Twilio posts
 * them (form fields, {@code X-Twilio-Signature}), at a fixed rate whatever the answers take (an open loop: a slow
 * answer never slows the arrivals down, as phones do not wait for each other).
 */
public final class SosLoad {

    /** One SOS of the run: who sent it, when, and what the webhook answered. */
    static final class Sos {
        final BenchNetwork.Defender defender;
        final HttpRequest request;
        volatile Instant sentAt;
        volatile long sentNanos;
        volatile int status;
        volatile long answeredNanos;

        Sos(BenchNetwork.Defender defender, HttpRequest request) {
            this.defender = defender;
            this.request = request;
        }

        boolean accepted() {
            return status == 200;
        }

        double answerMs() {
            return (answeredNanos - sentNanos) / 1_000_000.0;
        }
    }

    /** A phase of the run: so many SOS a second for so many seconds. */
    record Phase(String name, int perSecond, int seconds) {
        Phase {
            if (perSecond < 1 || seconds < 1) {
                throw new IllegalArgumentException("a phase sends at least one SOS a second for at least a second");
            }
        }

        int count() {
            return perSecond * seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "sos-answers");
                thread.setDaemon(true);
                return thread;
            })).build();
    private final String webhook;
    private final String signedUrl;
    private final String centinelaNumber;

    /**
     * @param webhook where to post (intake's {@code /twilio/sms})
     * @param signedUrl the URL the signature covers (intake's {@code twilio.webhook-base-url} + path)
     */
    SosLoad(String webhook, String signedUrl, String centinelaNumber) {
        this.webhook = webhook;
        this.signedUrl = signedUrl;
        this.centinelaNumber = centinelaNumber;
    }

    /** The signed requests of a phase, made before it starts so that signing costs the arrivals nothing. */
    List<Sos> prepare(List<BenchNetwork.Defender> defenders) {
        List<Sos> all = new ArrayList<>(defenders.size());
        for (BenchNetwork.Defender defender : defenders) {
            all.add(new Sos(defender, smsWebhook(webhook, signedUrl, defender.phone(), centinelaNumber, "SOS",
                    "SM" + UUID.randomUUID().toString().replace("-", ""))));
        }
        return all;
    }

    /**
     * A text from {@code from} to {@code to} as Twilio posts it to {@code webhook}: its form, signed over
     * {@code signedUrl} (the URL the service believes it is reached at) with the local auth token.
     */
    public static HttpRequest smsWebhook(String webhook, String signedUrl, String from, String to, String text,
            String messageSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", messageSid);
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", from);
        form.put("To", to);
        form.put("Body", text);
        form.put("NumMedia", "0");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(webhook)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.of(TwilioSignature.LOCAL_AUTH_TOKEN, signedUrl, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends {@code sos} at {@code perSecond}, then waits for the last answer; {@code sent} counts as it goes. */
    void send(List<Sos> sos, int perSecond, AtomicInteger sent) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        List<CompletableFuture<?>> answers = new ArrayList<>(sos.size());
        for (int i = 0; i < sos.size(); i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Sos one = sos.get(i);
            one.sentAt = Instant.now();
            one.sentNanos = System.nanoTime();
            answers.add(http.sendAsync(one.request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                one.answeredNanos = System.nanoTime();
                one.status = answer == null ? -1 : answer.statusCode();
            }));
            sent.incrementAndGet();
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception unanswered) {
            // counted as not accepted
        }
    }
}
