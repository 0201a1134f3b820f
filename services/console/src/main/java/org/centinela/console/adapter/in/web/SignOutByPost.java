package org.centinela.console.adapter.in.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing out is a {@code POST} from the console's own pages (the header's button). Quarkus OIDC signs out whatever
 * the method on {@code quarkus.oidc.logout.path}, so a {@code GET /logout} — an image or a link on any page — could
 * sign an operator out in the middle of a triage. This filter runs before authentication: it answers any other
 * method on that path with 405, and a {@code POST} that the browser says comes from another origin with 403, by the
 * same rule as {@link SameOriginChanges} (which never sees {@code /logout}: OIDC answers it before any resource).
 */
@Singleton
public class SignOutByPost {

    /** The sign-out path, {@code quarkus.oidc.logout.path}. */
    static final String PATH = "/logout";

    /** Before authentication (Quarkus' SecurityHandlerPriorities.AUTHENTICATION is 200), after CORS (300). */
    static final int PRIORITY = 250;

    private final Optional<String> publicOrigin;

    public SignOutByPost(@ConfigProperty(name = "console.public-origin") Optional<String> publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!PATH.equals(request.path())) {
            context.next();
            return;
        }
        if (request.method() != HttpMethod.POST) {
            refuse(context, 405, "Centinela: para cerrar la sesión, use el botón «Cerrar sesión»."
                    + " / To sign out, use the «Sign out» button.");
            return;
        }
        String own = publicOrigin.orElseGet(() -> SameOriginChanges.originOf(URI.create(request.absoluteURI())));
        if (SameOriginChanges.refused("POST", request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), own)) {
            refuse(context, 403, "Centinela: los cambios se piden desde las páginas de la consola."
                    + " / Changes are asked for from the console's own pages.");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String text) {
        var response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8");
        if (status == 405) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
        }
        response.end(text);
    }
}
