package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every place in a JSON value where a value sits (an object's field, an array's element), with its schema. */
final class JsonSlots {

    private JsonSlots() {
    }

    /**
     * One place of a value.
     *
     * @param container the object or array holding it
     * @param field     its name in an object, null in an array
     * @param index     its index in an array
     * @param schema    its resolved schema ({@code {}} when the document gives none)
     * @param required  whether its object's schema requires it
     * @param path      its JSON path, e.g. {@code hotZones[0].name}
     */
    record Slot(JsonNode container, String field, int index, JsonNode schema, boolean required, String path) {

        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        /** Takes the value away: the field from its object; from an array, the element (which shifts the rest). */
        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    /** The slots of {@code root}, depth first, read against its {@code schema}. */
    static List<Slot> of(JsonNode root, JsonNode schema, Schemas schemas) {
        List<Slot> slots = new ArrayList<>();
        collect(root, schemas.resolve(schema), "", schemas, slots);
        return slots;
    }

    private static void collect(JsonNode node, JsonNode schema, String path, Schemas schemas, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode fieldSchema = schemas.resolve(schema.path("properties").has(name)
                        ? schema.path("properties").path(name) : schema.path("additionalProperties"));
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                slots.add(new Slot(object, name, -1, fieldSchema, required.contains(name), fieldPath));
                collect(object.get(name), fieldSchema, fieldPath, schemas, slots);
            }
        } else if (node instanceof ArrayNode array) {
            JsonNode itemSchema = schemas.resolve(schema.path("items"));
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, itemSchema, false, itemPath));
                collect(array.get(i), itemSchema, itemPath, schemas, slots);
            }
        }
    }

    /** The names of a flat object's fields, in order: the fields of a form. */
    static List<String> fieldsOf(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            names.add(fields.next().getKey());
        }
        return names;
    }
}
