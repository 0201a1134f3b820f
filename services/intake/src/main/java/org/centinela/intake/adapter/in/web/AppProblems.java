package org.centinela.intake.adapter.in.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.centinela.problem.Problem;

/** The refusals the app endpoints share, as problem+json. */
final class AppProblems {

    private AppProblems() {
    }

    static WebApplicationException unauthenticated() {
        return new WebApplicationException(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "A device token of a defender (Authorization: Bearer ...) is required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    static WebApplicationException tooManyRequests() {
        return new WebApplicationException(Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                "Too many requests from this device; try again in a minute").toResponse())
                .header(HttpHeaders.RETRY_AFTER, "60").build());
    }
}
