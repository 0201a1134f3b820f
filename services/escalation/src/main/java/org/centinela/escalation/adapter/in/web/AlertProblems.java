package org.centinela.escalation.adapter.in.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.core.Response.Status;
import org.centinela.escalation.application.AlertForbidden;
import org.centinela.escalation.application.InvalidAnswer;
import org.centinela.escalation.application.InvalidTriage;
import org.centinela.escalation.application.TriageConflict;
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

    @ServerExceptionMapper
    public Response invalidAnswer(InvalidAnswer refused) {
        return DirectoryProblems.unprocessable(List.of(refused.violation()));
    }

    @ServerExceptionMapper
    public Response invalidTriage(InvalidTriage refused) {
        return DirectoryProblems.unprocessable(refused.violations());
    }

    /** 409 naming the rule ({@code not-held}, {@code open-alert-exists}) as the code of its one field error. */
    @ServerExceptionMapper
    public Response conflict(TriageConflict conflict) {
        return new Problem(Problem.ABOUT_BLANK, "Conflict", Status.CONFLICT.getStatusCode(), conflict.getMessage(),
                List.of(new Problem.FieldError(conflict.field(), conflict.getMessage(), conflict.code(),
                        conflict.args()))).toResponse();
    }
}
