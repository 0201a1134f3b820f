package org.centinela.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.centinela.contracts.BrokenRule;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an RFC 9457 problem+json answer. Details name fields and
 * rules, never the values sent, so that no personal data is echoed back or logged.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        // The JSON reader reports a body it could not bind as a plain 400 carrying the Jackson failure.
        if (exception.getCause() instanceof ValueInstantiationException refused) {
            return refusedByTheDomain(refused);
        }
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        if (exception instanceof MalformedParameterException malformed) {
            return malformedParameter(malformed);
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() < 400) {
            return original;
        }
        Response.ResponseBuilder answer = Response.fromResponse(original)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, exception.getMessage()));
        return answer.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return Problem.invalidFields(400, detail, errors).toResponse();
    }

    /**
     * A body whose JSON was read but which a domain record refused in its constructor (a rule, not a
     * type): 422 with the record's own message, which names the field and the rule, and the rule's code and
     * arguments when the refusal names them ({@link BrokenRule}).
     */
    @ServerExceptionMapper
    public Response refusedByTheDomain(ValueInstantiationException exception) {
        if (!(exception.getCause() instanceof IllegalArgumentException refusal)) {
            return unreadableJson(exception);
        }
        String field = pathOf(exception);
        String code = refusal instanceof BrokenRule rule ? rule.code() : null;
        List<String> args = refusal instanceof BrokenRule rule ? rule.args() : List.of();
        List<Problem.FieldError> errors = List.of(
                new Problem.FieldError(field.isEmpty() ? "body" : field, refusal.getMessage(), code, args));
        return Problem.invalidFields(422, refusal.getMessage(), errors).toResponse();
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException exception) {
        if (exception instanceof ForbiddenCharacterException forbidden) {
            return forbiddenCharacter(forbidden);
        }
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail = field.isEmpty()
                ? "The body is not valid JSON"
                : "The value of '" + field + "' has the wrong type or format";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return Problem.invalidFields(400, detail, errors).toResponse();
    }

    /** A string of the body with a NUL or a lone surrogate: 400 naming its field ({@code body} for the whole body). */
    private static Response forbiddenCharacter(ForbiddenCharacterException exception) {
        String path = pathOf(exception);
        String field = path.isEmpty() ? "body" : path;
        String detail = "The value of '" + field + "' " + ForbiddenCharacters.RULE;
        return Problem.invalidFields(400, detail, List.of(new Problem.FieldError(field, detail))).toResponse();
    }

    /** {@code ?page=abc} for a number, a NUL in the path: 400 naming the parameter (JAX-RS would answer 404). */
    private static Response malformedParameter(MalformedParameterException exception) {
        return Problem.invalidFields(400, exception.getMessage(),
                List.of(new Problem.FieldError(exception.parameter(), exception.getMessage()))).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Response.fromResponse(
                        Problem.of(Status.UNAUTHORIZED, "A valid bearer token is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return Problem.of(Status.FORBIDDEN, "Your role does not allow this").toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable exception) {
        if (FormReader.failedWith(exception)) {
            return Problem.of(Status.BAD_REQUEST,
                    "The form is malformed: a value that cannot be decoded, or more fields than are read").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, incident %s", incident);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Unexpected failure; incident " + incident).toResponse();
    }

    /** The JSON path of the violated field: its properties, or the query/path parameter when it is one. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
