package org.centinela.console.domain.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A responder of the network, as escalation shows her or as an operator wrote her ({@code id} null until she
 * is saved). escalation judges every rule; a blank e-mail or user name means she has none.
 *
 * @param channels SMS, VOICE, EMAIL: how she is woken up
 * @param username the Keycloak user she signs in as, "" for none
 */
public record Responder(String id, String name, String phone, String email, String language, List<String> channels,
        String username) {

    public static final List<String> CHANNELS = List.of("SMS", "VOICE", "EMAIL");

    public Responder {
        name = orEmpty(name);
        phone = orEmpty(phone);
        email = orEmpty(email);
        language = orEmpty(language);
        channels = channels == null ? List.of() : List.copyOf(channels);
        username = orEmpty(username);
    }

    /** A responder still to be written: Spanish, reached by SMS. */
    public static Responder blank() {
        return new Responder(null, "", "", "", "es", List.of("SMS"), "");
    }

    /** The body of escalation's {@code POST /api/v1/responders} and {@code PUT /api/v1/responders/{id}}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        if (!email.isBlank()) {
            body.put("email", email);
        }
        body.put("language", language);
        body.put("channels", channels);
        if (!username.isBlank()) {
            body.put("username", username);
        }
        return body;
    }

    public boolean reachedBy(String channel) {
        return channels.contains(channel);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "Responder[id=" + id + "]";
    }
}
