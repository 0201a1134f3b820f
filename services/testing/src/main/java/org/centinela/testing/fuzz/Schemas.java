package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The schemas of an OpenAPI document's components, to follow a {@code $ref} to what it names. */
final class Schemas {

    private static final String PREFIX = "#/components/schemas/";
    private static final int MAX_HOPS = 20;

    private final JsonNode components;

    Schemas(JsonNode components) {
        this.components = components == null ? JsonNodeFactory.instance.objectNode() : components;
    }

    /** {@code schema} itself, or what its {@code $ref} (and the first of an {@code allOf}) names; {@code {}} for none. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? JsonNodeFactory.instance.objectNode() : schema;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (current.hasNonNull("$ref") && current.get("$ref").asText().startsWith(PREFIX)) {
                current = components.path(current.get("$ref").asText().substring(PREFIX.length()));
            } else if (current.path("allOf").isArray() && !current.path("allOf").isEmpty()
                    && !current.has("properties")) {
                current = current.path("allOf").get(0);
            } else {
                break;
            }
        }
        return current.isMissingNode() ? JsonNodeFactory.instance.objectNode() : current;
    }

    /** The type a resolved schema declares ({@code string}, {@code object}, …), the first non-null one of a list. */
    static String typeOf(JsonNode resolved) {
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (resolved.has("properties") || resolved.has("additionalProperties")) {
            return "object";
        }
        return resolved.has("items") ? "array" : "";
    }
}
