package org.centinela.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem detail: the body of every error answered by a Centinela HTTP API.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short, human summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, never personal data
 * @param errors the fields that were wrong, empty when the problem is not about fields
 */
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public Problem {
        Objects.requireNonNull(type, "type");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status 400..599, was " + status);
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem that the HTTP status describes by itself. */
    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(ABOUT_BLANK, titleOf(status), status.getStatusCode(), detail, List.of());
    }

    /** The status's reason phrase; JAX-RS lacks some (422 among them), which RFC 9110 names. */
    private static String titleOf(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> {
                String phrase = status.getReasonPhrase();
                yield phrase == null || phrase.isBlank() || phrase.startsWith("Unknown") ? "Error " + status.getStatusCode() : phrase;
            }
        };
    }

    /** A request whose fields are wrong; {@code status} is 400 for malformed input, 422 for rule violations. */
    public static Problem invalidFields(int status, String detail, List<FieldError> errors) {
        return new Problem(URI.create("https://centinela.org/problems/invalid-fields"), "Invalid request",
                status, detail, errors);
    }

    /** This problem as a JAX-RS response with the problem+json media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /**
     * One wrong field of a request: its JSON path, what is wrong with it as an English sentence, and the rule it
     * broke as a stable code with its arguments, so that a client can say it in its reader's language.
     *
     * @param field   the JSON path of the wrong value, e.g. {@code levels[1].quorum}; {@code ""} for the whole body
     * @param message the English sentence, starting with the field: {@code levels[1].quorum must be at least 1, was 0}
     * @param code    the rule, lowercase words joined by hyphens ({@code too-small}); null when the service names none
     * @param args    the rule's values in the order its documentation gives them ({@code ["1", "0"]}), never personal data
     */
    public record FieldError(String field, String message, String code, List<String> args) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A field error that names no rule code. */
        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }
    }
}
