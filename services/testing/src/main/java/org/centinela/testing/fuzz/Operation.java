package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One operation of an OpenAPI document, as far as fuzzing needs it.
 *
 * @param method     the HTTP method, upper case
 * @param path       the path template, e.g. {@code /api/v1/alerts/{id}}
 * @param parameters its path and query parameters
 * @param body       what it reads, null when it reads nothing
 * @param secured    whether it declares a security requirement
 * @param roles      the roles (scopes) its security requirement names; empty when it names none
 */
public record Operation(String method, String path, List<Parameter> parameters, Body body, boolean secured,
        Set<String> roles) {

    public Operation {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        parameters = List.copyOf(parameters);
        roles = Set.copyOf(roles);
    }

    /** {@code PUT /api/v1/risk/model}: how an operation is named in findings and excluded from a run. */
    public String key() {
        return method + " " + path;
    }

    /** The parameters found {@code in} the path or the query. */
    public List<Parameter> parametersIn(String in) {
        return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
    }

    /**
     * A path or query parameter.
     *
     * @param name     as the request spells it
     * @param in       {@code path} or {@code query}
     * @param required whether a request must give it
     * @param schema   its schema, possibly a {@code $ref}
     */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * The body an operation reads.
     *
     * @param mediaType the first media type it declares, e.g. {@code application/json}
     * @param schema    its schema, possibly a {@code $ref}
     * @param required  whether a request must have one
     */
    public record Body(String mediaType, JsonNode schema, boolean required) {

        public boolean isJson() {
            return mediaType.startsWith("application/json") || mediaType.endsWith("+json");
        }

        public boolean isForm() {
            return mediaType.startsWith("application/x-www-form-urlencoded");
        }
    }
}
