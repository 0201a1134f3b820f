package org.centinela.escalation.adapter.in.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.centinela.escalation.application.AlertForbidden;
import org.centinela.escalation.application.UnknownAlert;
import org.centinela.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What the alerts use cases refuse, as RFC 9457 problems. */
public class AlertProblems {

    @ServerExceptionMapper
    public Response unknown(UnknownAlert exception) {
        return Problem.of(Status.NOT_FOUND, exception.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(AlertForbidden exception) {
        return Problem.of(Status.FORBIDDEN, exception.getMessage()).toResponse();
    }
}
