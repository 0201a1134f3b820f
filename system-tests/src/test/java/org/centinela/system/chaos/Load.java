package org.centinela.system.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.system.bench.IntakeDirectory;
import org.centinela.system.bench.OperatorApi;
import org.centinela.system.bench.SosLoad;
import org.centinela.testing.Mailbox;

/**
 * The load of the chaos run: defenders and their contacts made through escalation's API (both replicas), then
 * their episodes started at a fixed rate whatever the system answers (an open loop). Every webhook and API call
 * goes to one replica chosen at random and, when it does not answer (killed, restarting), to the other with the
 * same MessageSid or client id, as a retrying client would; a signal counts as sent once.
 */
final class Load {

    /** "Responde OK 4821 si atiendes": the code to answer with, in the Spanish alert and escalation texts. */
    private static final Pattern CODE = Pattern.compile("Responde OK (\\S+) si");
    static final String PIN = "2468";
    static final String DURESS_PIN = "1357";
    private static final Duration RETRY_FOR = Duration.ofSeconds(90);
    private static final Duration ANSWER_PATIENCE = Duration.ofSeconds(150);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ChaosSettings settings;
    private final List<String> intakes;
    private final List<String> notifications;
    private final List<OperatorApi> escalations = new ArrayList<>();
    private final String sandbox;
    private final String centinelaNumber;
    private final int runPrefix = ThreadLocalRandom.current().nextInt(100, 1000);
    private final AtomicInteger signals = new AtomicInteger();
    private final AtomicInteger answers = new AtomicInteger();
    private final Map<Episode, Future<?>> enrolled = new java.util.concurrent.ConcurrentHashMap<>();
    private ExecutorService enrolling;
    private static final int ENROLLING_THREADS = 8;

    Load(ChaosSettings settings, Map<String, String> at) {
        this.settings = settings;
        this.intakes = List.of(at.get("intake-1"), at.get("intake-2"));
        this.notifications = List.of(at.get("notification-1"), at.get("notification-2"));
        for (String escalation : List.of(at.get("escalation-1"), at.get("escalation-2"))) {
            escalations.add(new OperatorApi(escalation, at.get("keycloak")));
        }
        this.sandbox = at.get("sandbox");
        this.centinelaNumber = json(get(sandbox + "/sandbox/info")).get("centinelaNumber").asText();
    }

    /** The episodes of the run, their kinds in a fixed mix, shuffled by the seed. */
    static List<Episode> plan(int count, long seed) {
        Episode.Kind[] mix = {Episode.Kind.SMS_ACK, Episode.Kind.SMS_ACK, Episode.Kind.SMS_ACK, Episode.Kind.APP_KEYPRESS,
            Episode.Kind.APP_KEYPRESS, Episode.Kind.CANCEL, Episode.Kind.CANCEL, Episode.Kind.DURESS,
            Episode.Kind.ESCALATE_LINK, Episode.Kind.ESCALATE_LINK, Episode.Kind.CHECKIN_MISSED,
            Episode.Kind.CHECKIN_CLOSED};
        List<Episode> episodes = new ArrayList<>(count);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            episodes.add(new Episode(i, mix[random.nextInt(mix.length)]));
        }
        return episodes;
    }

    /**
     * Starts making each episode's defender, contact, ally, groups and policy, in order, a few at a time; an
     * episode plays once hers are made and both intakes know her ({@link #run} waits for it), so that enrolment
     * runs ahead of the load instead of before it.
     */
    void enrolAhead(List<Episode> episodes) {
        enrolling = Executors.newFixedThreadPool(ENROLLING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "chaos-enrol");
            thread.setDaemon(true);
            return thread;
        });
        for (Episode episode : episodes) {
            enrolled.put(episode, enrolling.submit(() -> {
                try {
                    enrol(episode);
                } catch (RuntimeException e) {
                    episode.notes.add("not enrolled: " + e.getMessage());
                }
            }));
        }
        enrolling.shutdown();
    }

    /**
     * Her people made through one escalation replica; when it fails (killed mid-way, say), made anew through the other
     * with new phones, so that nothing half-made of the first try is mistaken for hers.
     */
    private void enrol(Episode episode) {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                enrol(episode, escalations.get((episode.index + attempt) % 2), attempt);
                return;
            } catch (RuntimeException e) {
                failure = e;
                pause(5);
            }
        }
        throw failure;
    }

    private void enrol(Episode episode, OperatorApi api, int attempt) {
        String tag = runPrefix + "-" + attempt + "-" + episode.index;
        Episode.Person contact = responder(api, "Contacto " + tag, phone(episode.index, 1, attempt), null, "SMS", "VOICE");
        Episode.Person ally = responder(api, "Aliada " + tag, phone(episode.index, 2, attempt),
                "aliada-" + tag + "@example.org", "SMS", "EMAIL");
        api.put("/api/v1/groups/chaos-1-" + tag, Map.of("name", "Chaos contacts " + tag, "members", List.of(contact.id())));
        api.put("/api/v1/groups/chaos-2-" + tag, Map.of("name", "Chaos allies " + tag, "members", List.of(ally.id())));
        String policy = "chaos-" + tag;
        api.put("/api/v1/policies/" + policy, Map.of("name", "Chaos " + tag,
                "levels", List.of(
                        Map.of("name", "Level 1", "targets", List.of("group:chaos-1-" + tag), "channels",
                                List.of("SMS", "VOICE"), "quorum", 1,
                                "escalateAfter", settings.escalateAfter().toString()),
                        Map.of("name", "Level 2", "targets", List.of("group:chaos-2-" + tag), "channels",
                                List.of("SMS", "EMAIL"), "quorum", 1, "escalateAfter", "PT1H")),
                "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1)));
        String phone = phone(episode.index, 0, attempt);
        String id = api.post("/api/v1/defenders", Map.of("name", "Defensora " + tag, "phone", phone, "language", "es",
                "country", "GT", "policyId", policy, "pin", PIN, "duressPin", DURESS_PIN, "baselineRisk", 0))
                .get("id").asText();
        episode.deviceToken = api.post("/api/v1/defenders/" + id + "/devices", Map.of()).get("deviceToken").asText();
        // Both intakes must know her before she texts; one that is down (a fault) learns her from directory.people
        // before it is ready again.
        int known = 0;
        for (String intake : intakes) {
            try {
                new IntakeDirectory(intake).awaitKnown(episode.deviceToken);
                known++;
            } catch (IllegalStateException down) {
                if (!down.getMessage().contains("not reachable")) {
                    throw down;
                }
            }
        }
        if (known == 0) {
            throw new IllegalStateException("no intake answered to learn of defender " + id);
        }
        episode.contact = contact;
        episode.ally = ally;
        episode.defender = new Episode.Person(id, phone, null);
    }

    private static Episode.Person responder(OperatorApi api, String name, String phone, String email,
            String... channels) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "phone", phone, "language", "es",
                "channels", List.of(channels)));
        if (email != null) {
            body.put("email", email);
        }
        return new Episode.Person(api.post("/api/v1/responders", body).get("id").asText(), phone, email);
    }

    private String phone(int index, int role, int attempt) {
        // Guatemalan numbers (+502 and eight digits): a first digit per attempt, the run's prefix, then the person.
        return String.format("+502%c%03d%04d", "6543".charAt(attempt), runPrefix, index * 3 + role);
    }

    /** Starts the episodes at {@code perSecond} (an open loop), then waits until each has played out. */
    void run(List<Episode> episodes, double perSecond) {
        ExecutorService players = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "chaos-episode");
            thread.setDaemon(true);
            return thread;
        });
        long period = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        long start = System.nanoTime();
        List<Future<?>> playing = new ArrayList<>();
        for (Episode episode : episodes) {
            long due = start + episode.index * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            playing.add(players.submit(() -> play(episode)));
            if (episode.index % 50 == 49) {
                System.out.printf("    %d episodes started, %d signals sent, %d answers%n", episode.index + 1,
                        signals.get(), answers.get());
            }
        }
        for (Future<?> one : playing) {
            try {
                one.get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                // its notes say what happened
            }
        }
        players.shutdownNow();
    }

    int signalsSent() {
        return signals.get();
    }

    private void play(Episode episode) {
        try {
            enrolled.get(episode).get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            episode.notes.add("not enrolled in time: " + e);
        }
        if (episode.defender == null) {
            return;
        }
        episode.played = true;
        try {
            episode.startedAt = Instant.now();
            switch (episode.kind) {
                case SMS_ACK -> {
                    episode.accepted = sms(episode, episode.defender, "SOS");
                    pause(3);
                    sms(episode, episode.defender, "SOS");
                    answerBySms(episode, episode.contact);
                }
                case APP_KEYPRESS -> {
                    episode.accepted = app(episode, "Me siguen dos hombres", 14.6349, -90.5069);
                    pause(3);
                    app(episode, null, 14.6351, -90.5071);
                    answerByKeypress(episode);
                }
                case CANCEL -> {
                    episode.accepted = sms(episode, episode.defender, "SOS");
                    pause(4);
                    episode.closingAccepted = sms(episode, episode.defender, "BIEN " + PIN);
                }
                case DURESS -> {
                    episode.accepted = app(episode, "Ayuda", 14.60, -90.52);
                    pause(4);
                    episode.closingAccepted = sms(episode, episode.defender, "BIEN " + DURESS_PIN);
                }
                case ESCALATE_LINK -> {
                    Instant sent = Instant.now();
                    episode.accepted = sms(episode, episode.defender, "SOS");
                    episode.dueAt = sent.plus(settings.escalateAfter());
                    answerByLink(episode);
                }
                case CHECKIN_MISSED -> {
                    Instant sent = Instant.now();
                    episode.accepted = sms(episode, episode.defender, "VOY 1");
                    episode.dueAt = sent.plus(Episode.CHECK_IN);
                    answerBySms(episode, episode.contact);
                }
                case CHECKIN_CLOSED -> {
                    episode.accepted = sms(episode, episode.defender, "VOY 1");
                    episode.acceptedAt = Instant.now();
                    pause(15);
                    episode.closingSentAt = Instant.now();
                    episode.closingAccepted = sms(episode, episode.defender, "LLEGUE " + PIN);
                    episode.closingAcceptedAt = Instant.now();
                }
            }
        } catch (RuntimeException e) {
            episode.notes.add("load: " + e.getMessage());
        }
    }

    /** A signed SMS webhook from {@code from}, to one intake and, while it does not take it, to the other. */
    private boolean sms(Episode episode, Episode.Person from, String text) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        countSignal(episode);
        return retrying(replica -> {
            String intake = intakes.get(replica);
            return send(SosLoad.smsWebhook(intake + "/twilio/sms", intake + "/twilio/sms", from.phone(),
                    centinelaNumber, text, sid)) == 200;
        });
    }

    /** Her app's panic button, with the same client id on every retry. */
    private boolean app(Episode episode, String text, double lat, double lon) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("clientId", UUID.randomUUID().toString(),
                "location", Map.of("lat", lat, "lon", lon, "accuracyM", 15)));
        if (text != null) {
            body.put("text", text);
        }
        countSignal(episode);
        String json = write(body);
        return retrying(replica -> send(HttpRequest.newBuilder(URI.create(intakes.get(replica) + "/api/v1/sos"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + episode.deviceToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build())
                == 202);
    }

    private void countSignal(Episode episode) {
        signals.incrementAndGet();
        episode.signals++;
    }

    /** The contact's SMS of the alert, then "OK code" by SMS. */
    private void answerBySms(Episode episode, Episode.Person responder) {
        Optional<String> code = awaitCode(responder.phone(), ANSWER_PATIENCE);
        if (code.isEmpty()) {
            episode.notes.add("no alert SMS reached " + responder.phone() + " to answer");
            return;
        }
        if (sms(episode, responder, "OK " + code.get())) {
            answers.incrementAndGet();
        }
    }

    /** Pressing 1 on the contact's call; by SMS when the call rang out or failed. */
    private void answerByKeypress(Episode episode) {
        Instant deadline = Instant.now().plus(ANSWER_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode call : json(get(sandbox + "/sandbox/calls?to=" + OperatorApi.query(episode.contact.phone())))) {
                if ("in-progress".equals(call.path("status").asText()) && !call.path("gather").isMissingNode()
                        && !call.path("gather").isNull()) {
                    HttpResponse<String> pressed = post(sandbox + "/sandbox/calls/" + call.get("sid").asText() + "/digits",
                            "{\"digits\":\"1\"}");
                    if (pressed != null && pressed.statusCode() == 200) {
                        answers.incrementAndGet();
                        return;
                    }
                }
            }
            if (!json(get(sandbox + "/sandbox/calls?to=" + OperatorApi.query(episode.contact.phone()))).isEmpty()
                    && Instant.now().isAfter(deadline.minus(ANSWER_PATIENCE.dividedBy(2)))) {
                break;
            }
            pause(1);
        }
        episode.notes.add("no call waited for a key; answered by SMS");
        answerBySms(episode, episode.contact);
    }

    /** The ally's e-mail of level 2, its link confirmed (on the other replica if the one named is down). */
    private void answerByLink(Episode episode) {
        Instant deadline = Instant.now().plus(settings.escalateAfter()).plus(ANSWER_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> link = ackLink(episode.ally.email());
            if (link.isPresent()) {
                String path = URI.create(link.get()).getRawPath();
                if (retrying(replica -> {
                    HttpResponse<String> confirmed = post(notifications.get(replica) + path, "");
                    return confirmed != null && (confirmed.statusCode() == 200 || confirmed.statusCode() == 409);
                })) {
                    answers.incrementAndGet();
                    return;
                }
            }
            pause(2);
        }
        episode.notes.add("no e-mail with a link reached the ally; answered by SMS");
        answerBySms(episode, episode.ally);
    }

    private static Optional<String> ackLink(String address) {
        try {
            return Mailbox.of(address).emails().stream().map(email -> email.lineWith("/ack/"))
                    .filter(line -> line != null && line.startsWith("http")).findFirst();
        } catch (IllegalStateException unreachable) {
            return Optional.empty();
        }
    }

    private Optional<String> awaitCode(String phone, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sms : json(get(sandbox + "/sandbox/messages?to=" + OperatorApi.query(phone)))) {
                Matcher code = CODE.matcher(sms.path("body").asText());
                if (code.find()) {
                    return Optional.of(code.group(1));
                }
            }
            pause(1);
        }
        return Optional.empty();
    }

    /** Tries {@code attempt} on a random replica, then alternately on both, for up to {@link #RETRY_FOR}. */
    private static boolean retrying(java.util.function.IntPredicate attempt) {
        Instant deadline = Instant.now().plus(RETRY_FOR);
        int replica = ThreadLocalRandom.current().nextInt(2);
        while (true) {
            if (attempt.test(replica)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            replica = 1 - replica;
            pause(1);
        }
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> post(String url, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", json.isEmpty() ? "application/x-www-form-urlencoded" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "[]";
        } catch (IOException e) {
            return "[]";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "[]";
        }
    }

    static JsonNode json(String text) {
        try {
            return OperatorApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + e.getMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return OperatorApi.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long seconds) {
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
