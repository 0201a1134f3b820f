package org.centinela.escalation.adapter.in.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.centinela.escalation.application.DirectoryConflict;
import org.centinela.escalation.application.NotInDirectory;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.policy.InvalidPolicyException;
import org.centinela.escalation.domain.policy.Violation;
import org.centinela.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The refusals of the directory and the policies as RFC 9457 problems: 422 naming every bad field
 * ({@code levels[1].quorum}, {@code phone}) and the rule it broke, as a code with its arguments that a client
 * can translate (see the README), 409 for a change that conflicts with the network as it is, 404 for an id
 * that names nothing. Details name fields, rules and ids, never a value sent.
 */
public class DirectoryProblems {

    @ServerExceptionMapper
    public Response invalidEntry(InvalidEntryException refused) {
        return unprocessable(refused.violations());
    }

    @ServerExceptionMapper
    public Response invalidPolicy(InvalidPolicyException refused) {
        return unprocessable(refused.violations());
    }

    @ServerExceptionMapper
    public Response conflict(DirectoryConflict conflict) {
        List<Problem.FieldError> errors = conflict.field() == null ? List.of()
                : List.of(new Problem.FieldError(conflict.field(), conflict.getMessage(), conflict.code(), List.of()));
        return new Problem(Problem.ABOUT_BLANK, "Conflict", 409, conflict.getMessage(), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotInDirectory missing) {
        return Problem.of(Response.Status.NOT_FOUND, missing.getMessage()).toResponse();
    }

    /** 422 naming every field and the rule it broke. */
    static Response unprocessable(List<Violation> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(violation -> new Problem.FieldError(violation.field(), violation.message(), violation.code(),
                        violation.args()))
                .toList();
        String detail = String.join("; ", violations.stream().map(Violation::message).toList());
        return Problem.invalidFields(422, detail, errors).toResponse();
    }
}
