package org.centinela.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request being built: valid-looking parts first (path and query values, a body), which one {@link Mutation} then
 * spoils. Path and query values are kept percent-encoded, as they go on the wire, so that a mutation may put there
 * what no encoder writes.
 */
final class RequestDraft {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Operation operation;
    final Schemas schemas;
    /** Encoded values of the path parameters, by name. */
    final Map<String, String> path = new LinkedHashMap<>();
    /** Encoded query parameters, in order, as name and value. */
    final List<String[]> query = new ArrayList<>();
    /** The body as JSON (the fields of a form are a flat object); null for none. */
    JsonNode body;
    /** Bytes sent as they are instead of {@link #body}, when a mutation set them. */
    byte[] rawBody;
    String contentType;
    String accept = "*/*";
    /** Text to write in place of a marker once the body is written: what a JSON or form writer would not write. */
    private final Map<String, String> verbatim = new LinkedHashMap<>();

    RequestDraft(Operation operation, Schemas schemas) {
        this.operation = operation;
        this.schemas = schemas;
        this.contentType = operation.body() == null ? null : operation.body().mediaType();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    boolean hasJsonBody() {
        return operation.body() != null && operation.body().isJson();
    }

    boolean hasFormBody() {
        return operation.body() != null && operation.body().isForm();
    }

    /** The places of the body where a value sits. */
    List<JsonSlots.Slot> bodySlots() {
        return body == null ? List.of() : JsonSlots.of(body, operation.body().schema(), schemas);
    }

    /**
     * Puts {@code text} in {@code slot} exactly as given once the body is written: in JSON, {@code text} is raw JSON
     * (a number no writer writes, a string with a lone surrogate escape); in a form, it is the encoded value.
     */
    void putVerbatim(JsonSlots.Slot slot, String text) {
        String marker = "fuzz-verbatim-" + verbatim.size() + "-" + Integer.toHexString(text.hashCode());
        slot.set(JsonNodeFactory.instance.textNode(marker));
        verbatim.put(hasFormBody() ? marker : "\"" + marker + "\"", text);
    }

    FuzzedRequest toRequest(String description) {
        StringBuilder target = new StringBuilder();
        for (String segment : operation.path().split("(?=\\{)|(?<=\\})")) {
            target.append(segment.startsWith("{") && segment.endsWith("}")
                    ? path.getOrDefault(segment.substring(1, segment.length() - 1), "x") : segment);
        }
        for (int i = 0; i < query.size(); i++) {
            target.append(i == 0 ? '?' : '&').append(query.get(i)[0]).append('=').append(query.get(i)[1]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new FuzzedRequest(operation.key(), operation.method(), target.toString(), headers, bodyBytes(),
                description);
    }

    private byte[] bodyBytes() {
        if (rawBody != null) {
            return rawBody;
        }
        if (body == null) {
            return new byte[0];
        }
        String text = hasFormBody() ? form(body) : json(body);
        for (Map.Entry<String, String> replacement : verbatim.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String json(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated value could not be written as JSON", e);
        }
    }

    private static String form(JsonNode fields) {
        StringBuilder form = new StringBuilder();
        fields.fields().forEachRemaining(field -> {
            if (form.length() > 0) {
                form.append('&');
            }
            JsonNode value = field.getValue();
            form.append(encode(field.getKey())).append('=')
                    .append(encode(value.isValueNode() ? value.asText() : value.toString()));
        });
        return form.toString();
    }
}
