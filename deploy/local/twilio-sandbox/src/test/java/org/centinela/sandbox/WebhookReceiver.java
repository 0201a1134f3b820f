package org.centinela.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the services' webhooks: records every request the sandbox posts (path, form,
 * signature) and answers with the TwiML set for its path. Started before the sandbox, which is told
 * to post inbound SMS to it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    /** One request the sandbox posted. */
    public record Received(String path, Map<String, String> form, String signature) {
        public String url() {
            return baseUrl() + path;
        }
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            RECEIVED.add(new Received(path, form(body), exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            byte[] answer = ANSWERS.getOrDefault(path, "<Response/>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return Map.of("sandbox.inbound-sms-url", baseUrl() + "/twilio/sms");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests posted to {@code path}, oldest first. */
    public static List<Received> at(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    public static void answer(String path, String twiml) {
        ANSWERS.put(path, twiml);
    }

    public static void clear() {
        RECEIVED.clear();
        ANSWERS.clear();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }
}
