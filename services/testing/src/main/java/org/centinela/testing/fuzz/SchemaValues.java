package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Valid-looking values for a schema: of its type and format, within its bounds and lengths, one of its enum, every
 * required property and most optional ones; words of lowercase letters for free text. Deterministic for a given
 * {@link Random}.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final Schemas schemas;
    private final Random random;

    SchemaValues(Schemas schemas, Random random) {
        this.schemas = schemas;
        this.random = random;
    }

    JsonNode of(JsonNode schema) {
        return of(schema, 0);
    }

    /** A word of 1 to 12 lowercase letters. */
    String word() {
        int length = 1 + random.nextInt(12);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** A value of the schema as a path or query parameter writes it (before percent-encoding). */
    String text(JsonNode schema) {
        JsonNode value = of(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private JsonNode of(JsonNode schema, int depth) {
        JsonNode resolved = schemas.resolve(schema);
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").get(random.nextInt(resolved.path("enum").size()));
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (resolved.path(choice).isArray() && !resolved.path(choice).isEmpty()) {
                return of(resolved.path(choice).get(random.nextInt(resolved.path(choice).size())), depth);
            }
        }
        return switch (Schemas.typeOf(resolved)) {
            case "string" -> NODES.textNode(string(resolved));
            case "integer" -> NODES.numberNode(integer(resolved));
            case "number" -> NODES.numberNode(integer(resolved) + random.nextInt(100) / 100.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(resolved, depth);
            case "object" -> object(resolved, depth);
            default -> NODES.textNode(word());
        };
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date-time":
                return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000)).toString();
            case "date":
                return LocalDate.ofEpochDay(19_000 + random.nextInt(2_000)).toString();
            case "email":
                return word() + "@" + word() + ".org";
            case "uri", "url":
                return "https://" + word() + ".org/" + word();
            default:
                break;
        }
        int min = schema.path("minLength").asInt(1);
        int max = Math.max(min, schema.path("maxLength").asInt(Math.max(min, 12)));
        StringBuilder text = new StringBuilder(word());
        while (text.length() < min) {
            text.append(' ').append(word());
        }
        return text.length() > max ? text.substring(0, max) : text.toString();
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.path("minimum").asLong() : schema.path("exclusiveMinimum").asLong(-1) + 1;
        long max = schema.has("maximum") ? schema.path("maximum").asLong()
                : schema.has("exclusiveMaximum") ? schema.path("exclusiveMaximum").asLong() - 1 : min + 100;
        if (max < min) {
            return min;
        }
        long span = Math.min(max - min, 1000);
        return min + (long) (random.nextDouble() * (span + 1));
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.max(min, Math.min(schema.path("maxItems").asInt(min + 3), min + 3));
        int count = depth >= MAX_DEPTH ? min : min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            array.add(of(schema.path("items"), depth + 1));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || (depth < MAX_DEPTH && random.nextInt(10) < 7)) {
                object.set(property.getKey(), of(property.getValue(), depth + 1));
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && depth < MAX_DEPTH) {
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                object.set(word(), of(additional, depth + 1));
            }
        }
        return object;
    }
}
