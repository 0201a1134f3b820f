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
import org.centinela.notification.application.AcknowledgeByLink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The acknowledgement link of an e-mail. {@code GET} only shows a page with a button (mail scanners and
 * link previews open links: looking acknowledges nothing); the button's {@code POST} acknowledges, once. A
 * link used before, expired or forged gets a page that says so, and acknowledges nothing. Pages are in
 * the person's language, never cached, never framed, and never send the link on as a referrer (LinkPageHeaders).
 */
@Path(AckPage.PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
// Authenticated by the signed token of the link, checked by AcknowledgeByLink.
@PermitAll
public class AckPage {

    /** Where an acknowledgement link leads on notification's public address: {@code <base>/ack/<token>}. */
    static final String PATH = "/ack/";

    private final AcknowledgeByLink acknowledgeByLink;
    private final Engine engine;

    public AckPage(AcknowledgeByLink acknowledgeByLink, Engine engine) {
        this.acknowledgeByLink = acknowledgeByLink;
        this.engine = engine;
    }

    @GET
    @Operation(summary = "Acknowledgement link: a confirmation page; never acknowledges")
    public Response look(@PathParam("token") String token) {
        return page(acknowledgeByLink.look(token));
    }

    @POST
    @Operation(summary = "Acknowledgement link confirmed: acknowledges the alert once")
    public Response confirm(@PathParam("token") String token) {
        return page(acknowledgeByLink.confirm(token));
    }

    private Response page(AcknowledgeByLink.Result result) {
        String html = engine.getTemplate("ack/" + result.language() + ".html").instance()
                .data("verdict", result.verdict())
                .data("code", result.alertCode())
                .render();
        return LinkPageHeaders.guarded(Response.status(status(result.verdict())).entity(html)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))).build();
    }

    private static int status(AcknowledgeByLink.Verdict verdict) {
        switch (verdict) {
            case ALREADY_USED -> {
                return 409;
            }
            case EXPIRED -> {
                return 410;
            }
            case FORGED -> {
                return 404;
            }
            default -> {
                return 200;
            }
        }
    }
}
