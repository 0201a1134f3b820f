package org.centinela.notification.adapter.in.web;

import io.quarkus.qute.Engine;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.centinela.notification.application.ReadBriefByLink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The brief page a brief link opens ({@code <public-base-url>/b/<token>}), phone width, in the reader's language:
 * who she is, her words, her places (a list with map links and an inline SVG sketch), a {@code tel:} link, who is
 * on it, and the "I'm on it" button ({@code POST}, acknowledges once). The page keeps itself current with a
 * same-origin script that polls {@code GET /b/<token>/version} and reloads when the brief changed. Opening it
 * publishes OPENED; a link that expired or whose alert is over answers 410, one that is not ours 404, both with a
 * neutral page. Every answer forbids caching, referrers, indexing, framing and any resource from elsewhere.
 */
@Path("/b/{token}")
// Authenticated by the signed token of the link, checked by ReadBriefByLink.
@PermitAll
public class BriefPage {

    private final ReadBriefByLink readBrief;
    private final Engine engine;

    public BriefPage(ReadBriefByLink readBrief, Engine engine) {
        this.readBrief = readBrief;
        this.engine = engine;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Brief link: the alert's brief for the person it was sent to (publishes OPENED)")
    public Response open(@PathParam("token") String token) {
        return page(readBrief.open(token));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The brief page's \"I'm on it\" button: acknowledges the alert once (channel LINK)")
    public Response acknowledge(@PathParam("token") String token) {
        return page(readBrief.acknowledge(token));
    }

    @GET
    @Path("/version")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The version of the brief the link shows, for the page's live updates (publishes nothing)")
    public Response version(@PathParam("token") String token) {
        ReadBriefByLink.Page page = readBrief.look(token);
        Response.ResponseBuilder answer = page.verdict() == ReadBriefByLink.Verdict.OPEN
                ? Response.ok(String.valueOf(page.brief().version()), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                : Response.status(status(page.verdict()));
        return guarded(answer).build();
    }

    private Response page(ReadBriefByLink.Page page) {
        String html = page.verdict() == ReadBriefByLink.Verdict.OPEN
                ? engine.getTemplate("brief/" + page.language() + "/open.html").instance()
                        .data("brief", page.brief()).data("onIt", page.onIt()).render()
                : engine.getTemplate("brief/" + page.language() + "/closed.html").instance()
                        .data("forged", page.verdict() == ReadBriefByLink.Verdict.FORGED).render();
        return guarded(Response.status(status(page.verdict())).entity(html)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))).build();
    }

    /** The headers of every answer about a brief link. */
    private static Response.ResponseBuilder guarded(Response.ResponseBuilder answer) {
        return LinkPageHeaders.guarded(answer);
    }

    private static int status(ReadBriefByLink.Verdict verdict) {
        return switch (verdict) {
            case OPEN -> 200;
            case GONE -> 410;
            case FORGED -> 404;
        };
    }
}
