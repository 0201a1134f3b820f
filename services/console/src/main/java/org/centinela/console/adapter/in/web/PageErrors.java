package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.documentation.FilterRefused;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when a service refuses, knows nothing, or does not answer. These mappers come before the
 * problem+json ones every service has (problem-details), which map some of the same exceptions for APIs: the
 * console answers people, with pages.
 */
public class PageErrors {

    static final int PAGES = jakarta.ws.rs.Priorities.USER - 100;

    private final Template error;
    private final SignedIn me;

    public PageErrors(Template error, SignedIn me) {
        this.error = error;
        this.me = me;
    }

    @ServerExceptionMapper(priority = PAGES)
    public Response notAllowed(NotAllowed e) {
        return page(403, "error.forbidden");
    }

    /** A page her role does not open (e.g. the audit log for a responder). */
    @ServerExceptionMapper(priority = PAGES)
    public Response roleRefused(io.quarkus.security.ForbiddenException e) {
        return page(403, "error.forbidden");
    }

    @ServerExceptionMapper(priority = PAGES)
    public Response notFound(NotFound e) {
        return page(404, "error.notFound");
    }

    /** A documentation filter naming a month, a type or a count that does not exist. */
    @ServerExceptionMapper(priority = PAGES)
    public Response filterRefused(FilterRefused e) {
        return page(400, "error.filter");
    }

    @ServerExceptionMapper(priority = PAGES)
    public Response invalid(IllegalArgumentException e) {
        return page(400, "error.invalid");
    }

    @ServerExceptionMapper(priority = PAGES)
    public Response serviceFailed(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return page(403, "error.forbidden");
        }
        if (status == 404) {
            return page(404, "error.notFound");
        }
        if (status >= 400 && status < 500) {
            return page(status, "error.invalid");
        }
        return page(502, "error.service");
    }

    @ServerExceptionMapper(priority = PAGES)
    public Response unreachable(jakarta.ws.rs.ProcessingException e) {
        return page(502, "error.service");
    }

    private Response page(int status, String key) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("me", me).data("status", status).data("message", me.t().get(key)).render())
                .build();
    }
}
