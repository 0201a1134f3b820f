package org.centinela.console.adapter.in.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Changes are asked for from the console's own pages only. A {@code POST} (or any method that is not {@code GET},
 * {@code HEAD} or {@code OPTIONS}) that the browser says comes from another origin — by {@code Sec-Fetch-Site}, or
 * by {@code Origin} when it sends no fetch metadata — is refused with 403 before anything is read or done. So
 * neither another site nor another application of the same site (another port or subdomain, which
 * {@code SameSite=Lax} cookies do not keep out) can make an operator's browser change the network or a policy.
 * A request with neither header is no browser's: it goes on, and browsers keep the session cookies from other
 * sites anyway.
 */
public class SameOriginChanges {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_PAGES = Set.of("same-origin", "none");

    private final Optional<String> publicOrigin;

    /** @param publicOrigin the console's origin as browsers see it, when a proxy in front changes the Host */
    public SameOriginChanges(@ConfigProperty(name = "console.public-origin") Optional<String> publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseChangesFromOtherOrigins(ContainerRequestContext request) {
        String own = publicOrigin.orElseGet(() -> originOf(request.getUriInfo().getBaseUri()));
        if (refused(request.getMethod(), request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                own)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("Centinela: los cambios se piden desde las páginas de la consola."
                            + " / Changes are asked for from the console's own pages.")
                    .build());
        }
        return Optional.empty();
    }

    /** Whether a request with these headers asks for a change from a page that is not the console's own. */
    static boolean refused(String method, String origin, String fetchSite, String ownOrigin) {
        if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (fetchSite != null) {
            return !OWN_PAGES.contains(fetchSite.trim().toLowerCase(Locale.ROOT));
        }
        return origin != null && !origin.trim().equalsIgnoreCase(ownOrigin);
    }

    /** {@code http://127.0.0.1:8080} of {@code http://127.0.0.1:8080/}. */
    static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
