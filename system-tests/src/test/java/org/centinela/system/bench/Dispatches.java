package org.centinela.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What came out at the other end: the first SMS of each alert that reached the Twilio sandbox (its control API
 * lists every message with the instant the sandbox received its request), and which alert — which code — each
 * bench defender's SOS opened (escalation's alerts API).
 */
final class Dispatches {

    /** The ALERT text: "CENTINELA alerta ALTA 4821: …" (Spanish, the bench contact's language). */
    private static final Pattern ALERT_SMS = Pattern.compile("^CENTINELA alerta \\S+ (\\d+):");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String sandbox;
    private final OperatorApi api;

    Dispatches(String sandbox, OperatorApi api) {
        this.sandbox = sandbox;
        this.api = api;
    }

    /** Alert code → when the sandbox received the first ALERT SMS of it to {@code phone}, since {@code since}. */
    Map<String, Instant> firstSms(String phone, Instant since) {
        Map<String, Instant> first = new HashMap<>();
        for (JsonNode sms : get("/sandbox/messages?to=" + OperatorApi.query(phone))) {
            Instant at = Instant.parse(sms.get("createdAt").asText());
            Matcher alert = ALERT_SMS.matcher(sms.get("body").asText());
            if (!at.isBefore(since) && "outbound".equals(sms.get("direction").asText()) && alert.find()) {
                first.merge(alert.group(1), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /** Defender id → code of the alert she opened since {@code since}, for the defenders of {@code ids}. */
    Map<String, String> codes(Set<String> ids, Instant since) {
        Map<String, String> codes = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode alerts = api.get("/api/v1/alerts?size=100&page=" + page);
            boolean older = alerts.isEmpty();
            for (JsonNode alert : alerts) {
                if (Instant.parse(alert.get("openedAt").asText()).isBefore(since)) {
                    older = true;
                } else if (ids.contains(alert.get("defenderId").asText())) {
                    codes.put(alert.get("defenderId").asText(), alert.get("code").asText());
                }
            }
            if (older) {
                return codes;
            }
        }
    }

    /** The ids of the alerts not over yet of these defenders. */
    Set<String> open(Set<String> defenders) {
        Set<String> open = new java.util.HashSet<>();
        for (String state : new String[] {"OPEN", "ESCALATING", "ACKNOWLEDGED"}) {
            for (int page = 0; ; page++) {
                JsonNode alerts = api.get("/api/v1/alerts?size=100&state=" + state + "&page=" + page);
                alerts.forEach(alert -> {
                    if (defenders.contains(alert.get("defenderId").asText())) {
                        open.add(alert.get("id").asText());
                    }
                });
                if (alerts.size() < 100) {
                    break;
                }
            }
        }
        return open;
    }

    /** {@code GET /sandbox/info}: the number phones text. */
    String centinelaNumber() {
        return get("/sandbox/info").get("centinelaNumber").asText();
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the sandbox answered " + response.statusCode() + " to " + path);
            }
            return OperatorApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the Twilio sandbox at " + sandbox + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
