package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The pages anyone may open: after signing out, and the language switcher. */
@Path("/")
// Open to anyone: the page after signing out and the language switcher hold nothing of anyone.
@PermitAll
public class SessionPages {

    private final Template signedOut;
    private final SignedIn me;

    public SessionPages(Template signedOut, SignedIn me) {
        this.signedOut = signedOut;
        this.me = me;
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return signedOut.data("me", me);
    }

    /** Sets the language cookie and goes back to {@code back}, a path of this console only. */
    @GET
    @Path("language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String language = to != null && Texts.LANGUAGES.contains(to) ? to : Texts.DEFAULT;
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/board";
        NewCookie cookie = new NewCookie.Builder(SignedIn.LANGUAGE_COOKIE).value(language).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
