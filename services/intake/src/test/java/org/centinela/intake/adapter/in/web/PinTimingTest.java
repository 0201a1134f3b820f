package org.centinela.intake.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.KolmogorovSmirnov;
import org.centinela.intake.People;
import org.centinela.intake.application.Directory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds her phone must not learn from the time a PIN takes whether her PIN actions are locked (which would
 * tell her that one of her last guesses was right). The times of wrong PINs sent to locked and to unlocked
 * defenders through the check-in API are measured in pairs, in a random order within each pair so that whatever
 * else the machine does falls on both, and the two distributions are compared with a two-sample
 * Kolmogorov–Smirnov test at a fixed significance: no wall-clock threshold. Her PINs are hashed with more
 * iterations than the other tests use (production uses far more still), so that the hashes weigh in the answer as
 * they do in production.
 */
@QuarkusTest
class PinTimingTest {

    /** Measured tries of each path. */
    private static final int SAMPLES = 400;
    /** Tries of each path before measuring: compiled code, connection pools and caches settle. */
    private static final int WARM_UP = 60;
    /** Below this, the two distributions differ; at 0.1 %, a false alarm comes once in a thousand runs. */
    private static final double SIGNIFICANCE = 0.001;
    /** Five wrong PINs lock her; then this many tries each, within the app's 30 requests a minute per device. */
    private static final int TRIES_PER_LOCKED_DEFENDER = 20;
    /** After one wrong PIN, 1 to 4 wrong PINs precede each of these tries: she is never locked. */
    private static final int TRIES_PER_UNLOCKED_DEFENDER = 4;
    private static final String WRONG_PIN = "5550";
    private static final int PIN_HASH_ITERATIONS = 4000;

    @Inject
    Directory directory;
    @ConfigProperty(name = "centinela.pepper")
    String pepper;
    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWrongPinTakesAsLongWhetherHerPinsAreLockedOrNot() throws Exception {
        int tries = WARM_UP + SAMPLES;
        PepperedHash hashes = PepperedHash.fromConfiguredPepper(pepper, PIN_HASH_ITERATIONS);
        Defenders locked = new Defenders(hashes, tries, TRIES_PER_LOCKED_DEFENDER, 5);
        Defenders unlocked = new Defenders(hashes, tries, TRIES_PER_UNLOCKED_DEFENDER, 1);
        Random order = new Random(20261207L);
        long[] lockedNanos = new long[SAMPLES];
        long[] unlockedNanos = new long[SAMPLES];

        for (int i = 0; i < tries; i++) {
            long lockedTook;
            long unlockedTook;
            if (order.nextBoolean()) {
                lockedTook = locked.tryAWrongPin();
                unlockedTook = unlocked.tryAWrongPin();
            } else {
                unlockedTook = unlocked.tryAWrongPin();
                lockedTook = locked.tryAWrongPin();
            }
            if (i >= WARM_UP) {
                lockedNanos[i - WARM_UP] = lockedTook;
                unlockedNanos[i - WARM_UP] = unlockedTook;
            }
        }

        KolmogorovSmirnov test = KolmogorovSmirnov.of(lockedNanos, unlockedNanos);
        String summary = String.format(
                "PIN timing, %d wrong PINs each: locked median %.3f ms (p10 %.3f, p90 %.3f), unlocked median %.3f ms"
                        + " (p10 %.3f, p90 %.3f); Kolmogorov-Smirnov D = %.4f, p = %.4g (significance %s)",
                SAMPLES, quantile(lockedNanos, 0.5), quantile(lockedNanos, 0.1), quantile(lockedNanos, 0.9),
                quantile(unlockedNanos, 0.5), quantile(unlockedNanos, 0.1), quantile(unlockedNanos, 0.9),
                test.d(), test.pValue(), SIGNIFICANCE);
        System.out.println(summary);
        assertThat(test.pValue()).as(summary).isGreaterThan(SIGNIFICANCE);
    }

    /** The q-quantile in milliseconds. */
    private static double quantile(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }

    /** Defenders with an open check-in, each tried a few times, then the next one. */
    private final class Defenders {

        private final List<Map.Entry<String, String>> tokenAndCheckIn = new ArrayList<>();
        private final int triesEach;
        private int tried;

        Defenders(PepperedHash hashes, int tries, int triesEach, int wrongPinsBefore) throws Exception {
            this.triesEach = triesEach;
            for (int i = 0; i < (tries + triesEach - 1) / triesEach; i++) {
                String id = "def-" + UUID.randomUUID();
                directory.put(People.defender(hashes, id, "+5023" + (1_000_000 + (long) (Math.random() * 8_999_999)),
                        true));
                String token = People.deviceToken(id);
                String checkIn = given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 600))
                        .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");
                tokenAndCheckIn.add(Map.entry(token, checkIn));
                for (int wrong = 0; wrong < wrongPinsBefore; wrong++) {
                    send(token, checkIn);
                }
            }
        }

        /** Nanoseconds a wrong PIN took, from the request to the whole answer. */
        long tryAWrongPin() throws IOException, InterruptedException {
            Map.Entry<String, String> defender = tokenAndCheckIn.get(tried++ / triesEach);
            HttpRequest request = wrongPin(defender.getKey(), defender.getValue());
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            assertThat(answer.statusCode()).as("every PIN is answered 202").isEqualTo(202);
            return took;
        }

        private void send(String token, String checkIn) throws IOException, InterruptedException {
            assertThat(http.send(wrongPin(token, checkIn), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(202);
        }

        private HttpRequest wrongPin(String token, String checkIn) {
            return HttpRequest.newBuilder(URI.create(root + "api/v1/checkins/" + checkIn + "/safe"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pin\": \"" + WRONG_PIN + "\"}")).build();
        }
    }
}
