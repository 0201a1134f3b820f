package org.centinela.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether intake knows a defender yet: it learns people from {@code directory.people}, and her device token is the
 * last thing published about a new defender. Closing a check-in that does not exist with her token answers 404
 * once intake knows her (401 before), and changes nothing.
 */
public final class IntakeDirectory {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String intake;

    public IntakeDirectory(String intake) {
        this.intake = intake;
    }

    public void awaitKnown(String deviceToken) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(intake + "/api/v1/checkins/" + UUID.randomUUID() + "/safe"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + deviceToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"0000\"}"))
                .build();
        Instant deadline = Instant.now().plus(PATIENCE);
        try {
            while (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("intake did not learn of a new bench defender within "
                            + PATIENCE.toSeconds() + " s");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new IllegalStateException("intake is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
