package org.centinela.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/**
 * A request that the HTTP router refuses before any resource sees it (one without a {@code Host}, one for no path)
 * is answered as a problem+json with the router's status, instead of an empty body or an HTML page. Only the
 * router's own refusals (a bare status, or one with Vert.x's own exception) are answered here: a failure of
 * authentication goes on to Quarkus, which answers it with its challenge, and refusals of the resources never reach
 * here ({@link ProblemExceptionMappers} answers them).
 */
@Singleton
public class RouterFailuresAsProblems {

    static final String DETAIL = "The request was refused before it reached the API";

    private final ObjectMapper json;

    public RouterFailuresAsProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext context) {
        int status = context.statusCode();
        boolean theRoutersOwn = context.failure() == null || context.failure().getClass() == VertxException.class;
        if (status < 400 || status > 499 || !theRoutersOwn || context.response().headWritten()) {
            context.next();
            return;
        }
        try {
            String problem = json.writeValueAsString(Problem.of(Response.status(status).build().getStatusInfo(), DETAIL));
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem);
        } catch (JsonProcessingException unwritable) {
            context.next();
        }
    }
}
