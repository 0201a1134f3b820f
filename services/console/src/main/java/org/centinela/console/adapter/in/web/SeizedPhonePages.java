package org.centinela.console.adapter.in.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.centinela.console.application.SeizedPhones;
import org.centinela.console.domain.network.EntryRefused;

/**
 * A defender's "phone seized" mode, on her page, for operators: marked after a question, cleared with how she was
 * verified. escalation's refusal is said in the mode's section of her page, a missing verification beside its input.
 */
@Path("/network/defenders/{id}/phone-seized")
@RolesAllowed("operator")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SeizedPhonePages {

    static final Set<String> CLEAR_FIELDS = Set.of("verification");

    private final SeizedPhones seizedPhones;
    private final DefenderPage defenderPage;
    private final DefenderQuestion question;
    private final SignedIn me;

    public SeizedPhonePages(SeizedPhones seizedPhones, DefenderPage defenderPage, DefenderQuestion question,
            SignedIn me) {
        this.seizedPhones = seizedPhones;
        this.defenderPage = defenderPage;
        this.question = question;
        this.me = me;
    }

    @GET
    public TemplateInstance askToMark(@PathParam("id") String id) {
        return question.ask(id, "markSeized", "", "/network/defenders/" + id + "/phone-seized#seized-title");
    }

    @POST
    public Response mark(@PathParam("id") String id) {
        try {
            seizedPhones.markSeized(id);
            return DefenderPage.saying(id, "marked");
        } catch (EntryRefused refused) {
            return NetworkPages.form(refused.conflict() ? 409 : 422, defenderPage.of(id).data("seizedErrors",
                    Refusals.ofAction(refused, me.t().get("netSeizedRefused"))));
        }
    }

    /** Ends the mode, with how she was verified; refused, her page again with what was typed and why. */
    @POST
    @Path("clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clear(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String verification = new PostedForm(form).text("verification");
        try {
            seizedPhones.clear(id, verification);
            return DefenderPage.saying(id, "cleared");
        } catch (EntryRefused refused) {
            return NetworkPages.form(refused.conflict() ? 409 : 422, defenderPage.of(id)
                    .data("seizedErrors", Refusals.onForm(refused, CLEAR_FIELDS, me.t()))
                    .data("verification", verification));
        }
    }
}
