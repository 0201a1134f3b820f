package org.centinela.intake.adapter.in.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.function.BooleanSupplier;
import org.centinela.directorycopy.DirectoryLoad;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.health.Readiness;

/**
 * Until this replica's copy of the directory is loaded, every request to intake is answered 503 with
 * {@code Retry-After}, and nothing of it is read. Read before then, a defender's SMS would look like a stranger's: her
 * PIN's cancel, her duress PIN, her "LLEGUÉ" would become an unknown number's report, and her app's device would be
 * unknown. A load balancer that follows readiness sends nothing here meanwhile; one that does not, Twilio's fallback URL
 * and the app's retries reach a replica that is ready.
 */
@Provider
public class DirectoryLoadGate implements ContainerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final BooleanSupplier loaded;

    @Inject
    public DirectoryLoadGate(@Readiness DirectoryLoad load) {
        this(load::loaded);
    }

    DirectoryLoadGate(BooleanSupplier loaded) {
        this.loaded = loaded;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!loaded.getAsBoolean()) {
            Response refusal = Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "This replica is still loading the directory; try again in a few seconds").toResponse();
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build());
        }
    }
}
