package org.centinela.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose {@code Content-Length} is above {@code quarkus.http.limits.max-body-size} is answered 413 as a
 * problem+json, before its body is read and before anything else sees it, and its connection is closed (the client may
 * still be sending). Quarkus refuses it the same way a step later, with an empty 413; this one says why. A body sent
 * in chunks, with no length, is cut at the same limit as it is read (413 too).
 */
@Singleton
public class OversizedBodiesAsProblems {

    /** Before Quarkus' own check of the length (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    static final int ORDER = -3;

    static final String DETAIL = "The body is larger than this API takes";

    private final ObjectMapper json;
    private final Optional<MemorySize> limit;

    public OversizedBodiesAsProblems(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.json = json;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        limit.ifPresent(size -> router.route().order(ORDER).handler(context -> check(context, size.asLongValue())));
    }

    void check(RoutingContext context, long maximum) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !tooLong(length, maximum)) {
            context.next();
            return;
        }
        String problem;
        try {
            problem = json.writeValueAsString(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    DETAIL + " (" + maximum + " bytes at most)"));
        } catch (JsonProcessingException unwritable) {
            context.next();
            return;
        }
        var response = context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ended -> context.request().connection().close());
        response.end(problem);
    }

    private static boolean tooLong(String length, long maximum) {
        try {
            return Long.parseLong(length.trim()) > maximum;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
