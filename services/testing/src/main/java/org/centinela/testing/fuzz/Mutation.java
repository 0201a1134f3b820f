package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One way to spoil a valid-looking request. Each spoils one place (a value of the body, a path or query parameter,
 * the body as a whole, a header) chosen at random among those it can reach, and says which.
 */
enum Mutation {

    /** Nothing: a request as the document describes it. */
    VALID {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            return "valid-looking";
        }
    },
    /** A value of another type: a string for a number, an array for an object, a word for a UUID or an integer. */
    WRONG_TYPE {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null || !operation.parameters().isEmpty();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            List<Place> places = new ArrayList<>();
            draft.bodySlots().forEach(slot -> places.add(Place.body(slot)));
            typedParameters(draft).forEach(parameter -> places.add(Place.parameter(parameter)));
            if (places.isEmpty()) {
                return wholeBodyOfAnotherType(draft, random);
            }
            Place place = pick(places, random);
            if (place.slot() != null) {
                JsonNode other = otherType(place.slot().value(), random);
                place.slot().set(other);
                return "wrong type in body " + place.slot().path() + " (" + RequestDraft.json(other) + ")";
            }
            String type = Schemas.typeOf(draft.schemas.resolve(place.parameter().schema()));
            String format = draft.schemas.resolve(place.parameter().schema()).path("format").asText("");
            String sent = pick(format.equals("uuid") ? List.of("not-a-uuid", "123", "g0000000-0000-0000-0000-000000000000")
                    : type.equals("boolean") ? List.of("maybe", "2") : List.of("abc", "1.5", "1e3", "-", "0x1F"), random);
            put(draft, place.parameter(), sent);
            return "wrong type in " + place.parameter().in() + " parameter '" + place.parameter().name() + "' (" + sent + ")";
        }
    },
    /** A required field, query parameter or body left out. */
    MISSING_REQUIRED {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null || operation.parametersIn("query").stream().anyMatch(Operation.Parameter::required);
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            List<JsonSlots.Slot> required = draft.bodySlots().stream().filter(JsonSlots.Slot::required).toList();
            List<Operation.Parameter> requiredQuery = draft.operation.parametersIn("query").stream()
                    .filter(Operation.Parameter::required).toList();
            int choice = random.nextInt(required.size() + requiredQuery.size() + (draft.body != null ? 1 : 0));
            if (choice < required.size()) {
                JsonSlots.Slot slot = required.get(choice);
                slot.remove();
                return "required " + slot.path() + " left out of the body";
            }
            if (choice < required.size() + requiredQuery.size()) {
                String name = requiredQuery.get(choice - required.size()).name();
                draft.query.removeIf(parameter -> parameter[0].equals(RequestDraft.encode(name)));
                return "required query parameter '" + name + "' left out";
            }
            draft.rawBody = new byte[0];
            return "no body";
        }
    },
    /** A value of the body set to null. */
    NULL_VALUE {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null && operation.body().isJson();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            List<JsonSlots.Slot> slots = draft.bodySlots();
            if (slots.isEmpty()) {
                draft.rawBody = "null".getBytes(StandardCharsets.UTF_8);
                return "null body";
            }
            JsonSlots.Slot slot = pick(slots, random);
            slot.set(JsonNodeFactory.instance.nullNode());
            return "null in body " + slot.path();
        }
    },
    /** A 100,000-character string in the body, or 1,000 characters in a path or query parameter. */
    HUGE_STRING {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            StringBuilder huge = new StringBuilder(FuzzedRequests.HUGE_BODY_STRING);
            while (huge.length() < FuzzedRequests.HUGE_BODY_STRING) {
                huge.append(values.word()).append(' ');
            }
            String inBody = huge.substring(0, FuzzedRequests.HUGE_BODY_STRING);
            return putText(draft, random, inBody, null, inBody.replace(" ", "").substring(0, FuzzedRequests.HUGE_URL_VALUE),
                    "a huge string");
        }
    },
    /** Control characters: a bell, an escape sequence, CR LF, a tab, DEL. */
    CONTROL_CHARACTERS {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String word = values.word();
            return putText(draft, random, word + "\u0001\u0007\u001b[2J\r\n\t\u007f" + word, null,
                    word + "%01%07%1B%5B2J%0D%0A%09%7F" + word, "control characters");
        }
    },
    /** A NUL character (U+0000). */
    NUL {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String word = values.word();
            return putText(draft, random, word + "\u0000" + word, null, word + "%00" + word, "NUL");
        }
    },
    /** A lone UTF-16 surrogate: an escape in JSON, its (invalid) UTF-8 bytes in a URL or form. */
    LONE_SURROGATE {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String word = values.word();
            String escape = pick(List.of("\\ud800", "\\udc00", "\\udbff", "\\udc00\\ud800"), random);
            return putText(draft, random, null, "\"" + word + escape + word + "\"", word + "%ED%A0%80" + word,
                    "a lone surrogate");
        }
    },
    /** A number no field can hold: 1e400, or thirty digits. */
    HUGE_NUMBER {
        @Override
        boolean appliesTo(Operation operation) {
            return (operation.body() != null && operation.body().isJson()) || !operation.parameters().isEmpty();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String huge = pick(List.of("1e400", "-1e400", "123456789012345678901234567890", "-99999999999999999999.5"),
                    random);
            List<Place> places = new ArrayList<>();
            if (draft.hasJsonBody()) {
                List<JsonSlots.Slot> numbers = draft.bodySlots().stream().filter(slot -> slot.value().isNumber()).toList();
                (numbers.isEmpty() ? draft.bodySlots() : numbers).forEach(slot -> places.add(Place.body(slot)));
            }
            draft.operation.parameters().forEach(parameter -> places.add(Place.parameter(parameter)));
            if (places.isEmpty()) {
                draft.rawBody = huge.getBytes(StandardCharsets.UTF_8);
                return "a huge number as the body";
            }
            Place place = pick(places, random);
            if (place.slot() != null) {
                draft.putVerbatim(place.slot(), huge);
                return "a huge number in body " + place.slot().path() + " (" + huge + ")";
            }
            put(draft, place.parameter(), huge);
            return "a huge number in " + place.parameter().in() + " parameter '" + place.parameter().name() + "'";
        }
    },
    /** Arrays or objects nested hundreds or thousands deep. */
    DEEP_NESTING {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null && operation.body().isJson();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            int depth = 500 + random.nextInt(4500);
            boolean arrays = random.nextBoolean();
            String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
            List<JsonSlots.Slot> slots = draft.bodySlots();
            if (slots.isEmpty() || random.nextBoolean()) {
                draft.rawBody = nested.getBytes(StandardCharsets.UTF_8);
                return (arrays ? "arrays" : "objects") + " nested " + depth + " deep as the body";
            }
            JsonSlots.Slot slot = pick(slots, random);
            draft.putVerbatim(slot, nested);
            return (arrays ? "arrays" : "objects") + " nested " + depth + " deep in body " + slot.path();
        }
    },
    /** A body that is not JSON: cut short, a stray character, bytes that are not UTF-8. */
    INVALID_JSON {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null && operation.body().isJson();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String valid = draft.body == null ? "{}" : RequestDraft.json(draft.body);
            int kind = random.nextInt(6);
            draft.rawBody = switch (kind) {
                case 0 -> valid.substring(0, 1 + random.nextInt(Math.max(1, valid.length() - 1))).getBytes(StandardCharsets.UTF_8);
                case 1 -> (valid + "x").getBytes(StandardCharsets.UTF_8);
                case 2 -> "{\"a\":}".getBytes(StandardCharsets.UTF_8);
                case 3 -> "{'single':'quotes'}".getBytes(StandardCharsets.UTF_8);
                case 4 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '"', '}'};
                default -> "[1,,2]".getBytes(StandardCharsets.UTF_8);
            };
            return "invalid JSON (" + List.of("cut short", "trailing character", "missing value", "single quotes",
                    "bytes that are not UTF-8", "empty element").get(kind) + ")";
        }
    },
    /** A form that cannot be read: a percent-encoding cut short or not hexadecimal, or thousands of fields. */
    MALFORMED_FORM {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null && operation.body().isForm();
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            List<JsonSlots.Slot> fields = draft.bodySlots();
            if (fields.isEmpty() || random.nextInt(3) == 0) {
                int count = 1001 + random.nextInt(2000);
                StringBuilder form = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    form.append(i == 0 ? "" : "&").append("f").append(i).append("=x");
                }
                draft.rawBody = form.toString().getBytes(StandardCharsets.UTF_8);
                return count + " form fields";
            }
            JsonSlots.Slot slot = pick(fields, random);
            String broken = pick(List.of("%E0%A4%A", "%", "%ZZ", "a%G1"), random);
            draft.putVerbatim(slot, broken);
            return "malformed percent-encoding in form field " + slot.path() + " (" + broken + ")";
        }
    },
    /** The body sent with a content type the operation does not read, a broken one, or none. */
    WRONG_CONTENT_TYPE {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null;
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            String declared = draft.contentType;
            draft.contentType = pick(List.of("text/plain", "application/xml", "multipart/form-data",
                    draft.hasFormBody() ? "application/json" : "application/x-www-form-urlencoded",
                    declared + "; charset=no-such-charset", "not a media type"), random);
            if (random.nextInt(7) == 0) {
                draft.contentType = null;
                return "no content type";
            }
            return "content type '" + draft.contentType + "'";
        }
    },
    /** A content type given and no body. */
    EMPTY_BODY {
        @Override
        boolean appliesTo(Operation operation) {
            return operation.body() != null;
        }

        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            draft.rawBody = new byte[0];
            return "empty body";
        }
    },
    /** An answer asked for in a media type the service does not write, or a broken Accept header. */
    WRONG_ACCEPT {
        @Override
        String apply(RequestDraft draft, Random random, SchemaValues values) {
            draft.accept = pick(List.of("application/xml", "text/html", "image/png", "garbage/", "*/*;q=abc"), random);
            return "Accept '" + draft.accept + "'";
        }
    };

    /** Whether the mutation can spoil a request of {@code operation}; the text ones always can (see {@link #putText}). */
    boolean appliesTo(Operation operation) {
        return true;
    }

    /** Spoils {@code draft}, and says how. */
    abstract String apply(RequestDraft draft, Random random, SchemaValues values);

    /** Where a mutation puts its value: a slot of the body or a parameter (an unknown query parameter if neither). */
    private record Place(JsonSlots.Slot slot, Operation.Parameter parameter) {
        static Place body(JsonSlots.Slot slot) {
            return new Place(slot, null);
        }

        static Place parameter(Operation.Parameter parameter) {
            return new Place(null, parameter);
        }
    }

    /** The name of the query parameter that text mutations may always use, even where none is declared. */
    static final String UNDECLARED = "fuzz";

    /**
     * Puts a text at one place chosen at random among the strings of the body (every value when none is one), the
     * path and query parameters, and an undeclared query parameter.
     *
     * @param inBody     the text for a JSON string or a form field (null: use {@code rawInJson})
     * @param rawInJson  the text as raw JSON, when a JSON writer cannot write it (a lone surrogate escape)
     * @param inUrl      the text as it is put, percent-encoded, in a path or a query (and a form, without {@code inBody})
     */
    private static String putText(RequestDraft draft, Random random, String inBody, String rawInJson, String inUrl,
            String what) {
        List<Place> places = new ArrayList<>();
        List<JsonSlots.Slot> slots = draft.bodySlots();
        List<JsonSlots.Slot> strings = slots.stream().filter(slot -> slot.value().isTextual()).toList();
        (strings.isEmpty() ? slots : strings).forEach(slot -> places.add(Place.body(slot)));
        draft.operation.parameters().forEach(parameter -> places.add(Place.parameter(parameter)));
        places.add(Place.parameter(new Operation.Parameter(UNDECLARED, "query", false, null)));
        Place place = pick(places, random);
        if (place.slot() != null) {
            if (draft.hasFormBody()) {
                draft.putVerbatim(place.slot(), inBody != null ? RequestDraft.encode(inBody) : inUrl);
            } else if (inBody != null) {
                place.slot().set(JsonNodeFactory.instance.textNode(inBody));
            } else {
                draft.putVerbatim(place.slot(), rawInJson);
            }
            return what + " in body " + place.slot().path();
        }
        put(draft, place.parameter(), inUrl);
        return what + " in " + place.parameter().in() + " parameter '" + place.parameter().name() + "'";
    }

    /** Sets a path parameter, or replaces (or adds) a query parameter, with an already encoded value. */
    private static void put(RequestDraft draft, Operation.Parameter parameter, String encoded) {
        if (parameter.in().equals("path")) {
            draft.path.put(parameter.name(), encoded);
            return;
        }
        String name = RequestDraft.encode(parameter.name());
        draft.query.removeIf(existing -> existing[0].equals(name));
        draft.query.add(new String[] {name, encoded});
    }

    private static List<Operation.Parameter> typedParameters(RequestDraft draft) {
        return draft.operation.parameters().stream().filter(parameter -> {
            JsonNode schema = draft.schemas.resolve(parameter.schema());
            String type = Schemas.typeOf(schema);
            return !type.equals("string") || schema.path("format").asText("").equals("uuid");
        }).toList();
    }

    private static String wholeBodyOfAnotherType(RequestDraft draft, Random random) {
        JsonNode other = otherType(draft.body == null ? JsonNodeFactory.instance.objectNode() : draft.body, random);
        draft.body = other;
        if (draft.hasFormBody()) {
            draft.rawBody = RequestDraft.json(other).getBytes(StandardCharsets.UTF_8);
        }
        return "a body of another type (" + RequestDraft.json(other) + ")";
    }

    private static JsonNode otherType(JsonNode value, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> others = new ArrayList<>();
        if (!value.isTextual()) {
            others.add(nodes.textNode("abc"));
        }
        if (!value.isNumber()) {
            others.add(nodes.numberNode(12345));
        }
        if (!value.isBoolean()) {
            others.add(nodes.booleanNode(true));
        }
        if (!value.isObject()) {
            others.add(nodes.objectNode().put("a", 1));
        }
        if (!value.isArray()) {
            others.add(nodes.arrayNode().add(1));
        }
        return pick(others, random);
    }

    static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
