package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service's OpenAPI document: its methods and paths with their parameters, the body each
 * reads, and whether each declares a security requirement (with the roles it names).
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Operation> operations;
    private final Schemas schemas;

    private OpenApiOperations(List<Operation> operations, Schemas schemas) {
        this.operations = List.copyOf(operations);
        this.schemas = schemas;
    }

    /**
     * The operations of a service, from the {@code /q/openapi} of its management interface at {@code base}
     * ({@code http://127.0.0.1:<management port>}).
     */
    public static OpenApiOperations of(URI base) {
        try {
            LoopbackHttp.Answer answer = new LoopbackHttp(base, Duration.ofSeconds(30))
                    .send("GET", "/q/openapi?format=json", Map.of("Accept", "application/json"), new byte[0]);
            if (answer.status() != 200) {
                throw new IllegalStateException(base + "/q/openapi answered " + answer.status());
            }
            return parse(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the OpenAPI document of " + base, e);
        }
    }

    /** The operations of an OpenAPI 3 document given as JSON. */
    public static OpenApiOperations parse(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
        Schemas schemas = new Schemas(root.path("components").path("schemas"));
        boolean securedByDefault = declaresSecurity(root.path("security"));
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Operation.Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(method.getKey(), path.getKey(), method.getValue(), shared, securedByDefault));
                }
            }
        }
        return new OpenApiOperations(operations, schemas);
    }

    public List<Operation> all() {
        return operations;
    }

    Schemas schemas() {
        return schemas;
    }

    private static Operation operation(String method, String path, JsonNode description, List<Operation.Parameter> shared,
            boolean securedByDefault) {
        List<Operation.Parameter> parameters = new ArrayList<>(shared);
        parameters.addAll(parameters(description.path("parameters")));
        Operation.Body body = null;
        JsonNode content = description.path("requestBody").path("content");
        Iterator<Map.Entry<String, JsonNode>> mediaTypes = content.fields();
        if (mediaTypes.hasNext()) {
            Map.Entry<String, JsonNode> first = mediaTypes.next();
            body = new Operation.Body(first.getKey(), first.getValue().path("schema"),
                    description.path("requestBody").path("required").asBoolean(false));
        }
        JsonNode security = description.path("security");
        boolean secured = security.isMissingNode() ? securedByDefault : declaresSecurity(security);
        Set<String> roles = new HashSet<>();
        for (JsonNode requirement : security) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        return new Operation(method, path, parameters, body, secured, roles);
    }

    private static List<Operation.Parameter> parameters(JsonNode list) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : list) {
            String in = parameter.path("in").asText();
            if (in.equals("path") || in.equals("query")) {
                parameters.add(new Operation.Parameter(parameter.path("name").asText(), in,
                        in.equals("path") || parameter.path("required").asBoolean(false), parameter.path("schema")));
            }
        }
        return parameters;
    }

    /** A security list with at least one requirement naming a scheme ({@code [{}]} means anonymous access). */
    private static boolean declaresSecurity(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
