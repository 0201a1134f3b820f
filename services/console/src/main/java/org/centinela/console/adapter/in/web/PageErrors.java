package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.documentation.FilterRefused;
import org.centinela.problem.ForbiddenCharacters;
import org.centinela.problem.MalformedParameterException;
import org.centinela.problem.Problem;
import org.centinela.problem.ProblemExceptionMappers;
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

    /**
     * A query parameter, a form field or the path the console cannot read (a NUL or a lone surrogate, a number that
     * is none, a choice that is not one): a 400 naming it, never quoting what was sent, and nothing passed on.
     */
    @ServerExceptionMapper(priority = PAGES)
    public Response unreadableField(MalformedParameterException e) {
        String key = e.getMessage().endsWith(ForbiddenCharacters.RULE) ? "error.forbiddenCharacter" : "error.field";
        return saying(400, me.t().get(key).replace("{field}", e.parameter()));
    }

    /**
     * Whatever no other mapper answers. The shared mapper decides what it is: the form reader's refusal of a form it
     * cannot read (a percent-encoding that decodes to nothing, more fields than it reads) is a 400; anything else is
     * the console's own failure, logged under an incident number, which the page gives without any detail.
     */
    @ServerExceptionMapper(priority = PAGES)
    public Response unexpected(Throwable e) {
        Response shared = new ProblemExceptionMappers().unexpected(e);
        if (shared.getStatus() == 400) {
            return saying(400, me.t().get("error.form"));
        }
        String detail = ((Problem) shared.getEntity()).detail();
        return saying(500, me.t().get("error.unexpected") + " " + detail.substring(detail.lastIndexOf(' ') + 1));
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
        return saying(status, me.t().get(key));
    }

    private Response saying(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("me", me).data("status", status).data("message", message).render())
                .build();
    }
}
