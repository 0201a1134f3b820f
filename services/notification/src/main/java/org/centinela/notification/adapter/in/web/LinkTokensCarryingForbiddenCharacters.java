package org.centinela.notification.adapter.in.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.centinela.notification.domain.BriefLink;
import org.centinela.problem.ForbiddenCharacters;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The links people open ({@code /ack/<token>}, {@code /b/<token>}) answer a token that carries a NUL or a lone
 * surrogate as any token that is not ours: with the page that says so (404, HTML), not the problem+json that every
 * other path gets for it. Such a segment is read as {@value #NO_TOKEN}, which no token is, and a query there (the
 * pages read none) is dropped, before the shared refusal of those characters would see them.
 */
public class LinkTokensCarryingForbiddenCharacters {

    /** What a segment carrying a forbidden character is read as: never a token (tokens are base64url). */
    static final String NO_TOKEN = "-";
    private static final List<String> PAGES = List.of(AckPage.PATH, BriefLink.PATH);

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER - 100)
    public void readAsNoToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (PAGES.stream().noneMatch(path::startsWith) || !(ForbiddenCharacters.foundIn(path)
                || ForbiddenCharacters.foundIn(request.getUriInfo().getRequestUri().getQuery()))) {
            return;
        }
        UriBuilder clean = request.getUriInfo().getBaseUriBuilder().replaceQuery(null);
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                clean.segment(ForbiddenCharacters.foundIn(segment) ? NO_TOKEN : segment);
            }
        }
        request.setRequestUri(clean.build());
    }
}
