package org.centinela.console.adapter.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Supplier;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.centinela.problem.Problem;

/** How the console reads what the services answer it: the refusals every call may meet, and a problem+json body. */
public final class ServiceAnswers {

    private ServiceAnswers() {
    }

    /** {@code request}, its 403 and 404 as {@link NotAllowed} and {@link NotFound} of {@code what}. */
    public static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403) {
                throw new NotAllowed(what);
            }
            if (status == 404) {
                throw new NotFound(what);
            }
            throw e;
        }
    }

    /**
     * The wrong fields a problem+json answer names, each with its path; a problem that names none is one problem
     * of the whole ({@code ""}) with its detail, and a body that is no problem is one with the body as it came.
     */
    public static List<FieldProblem> fieldProblems(String body, ObjectMapper json) {
        Problem problem;
        try {
            problem = json.readValue(body, Problem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of(new FieldProblem("", String.valueOf(body)));
        }
        if (problem.errors().isEmpty()) {
            return List.of(new FieldProblem("", problem.detail() == null ? problem.title() : problem.detail()));
        }
        return problem.errors().stream().map(ServiceAnswers::fieldProblem).toList();
    }

    /** One wrong field of a problem answer, with the code and arguments of the rule it broke when it names them. */
    public static FieldProblem fieldProblem(Problem.FieldError error) {
        return new FieldProblem(error.field(), error.message(), error.code(), error.args());
    }
}
