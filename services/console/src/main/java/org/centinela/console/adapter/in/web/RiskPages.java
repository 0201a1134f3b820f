package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import org.centinela.console.application.RiskModels;
import org.centinela.console.domain.risk.Explanation;
import org.centinela.console.domain.risk.ModelRefused;
import org.centinela.console.domain.risk.ModelVersion;
import org.centinela.problem.MalformedParameterException;

/**
 * The risk model, for operators only (contract §4): the current version and its form, saving it as the next
 * version through risk-scoring, trying a signal on it, and its last versions.
 */
@Path("/risk")
@RolesAllowed("operator")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RiskPages {

    /** How many versions the history shows. */
    static final int VERSIONS = 20;
    /** The signals an operator may try; a cancel is not scored and a duress is always CRITICAL, 100. */
    static final String TYPE = "type";
    static final List<String> TRIED_TYPES = List.of("PANIC", "REPORT", "CHECKIN_MISSED", "DURESS");

    private final Template risk;
    private final RiskModels models;
    private final SignedIn me;

    public RiskPages(Template risk, RiskModels models, SignedIn me) {
        this.risk = risk;
        this.models = models;
        this.me = me;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") Long saved) {
        ModelVersion current = models.current();
        return page(current, RiskForm.of(current.model()), new FormErrors(), Trial.NONE,
                saved == null ? "" : me.t().get("risk.saved").replace("{version}", String.valueOf(saved)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        RiskForm form = RiskForm.submitted(fields);
        RiskForm.Reading reading = form.read(me.t());
        if (!reading.readable()) {
            return refused(form, reading.errors());
        }
        try {
            ModelVersion saved = models.save(reading.model());
            return Response.seeOther(UriBuilder.fromPath("/risk").queryParam("saved", saved.version()).build()).build();
        } catch (ModelRefused refused) {
            return refused(form, form.errorsOf(refused, me.t()));
        }
    }

    @POST
    @Path("try")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance tryIt(MultivaluedMap<String, String> fields) {
        String type = FormText.readable(fields).getFirst(TYPE);
        if (type == null || !TRIED_TYPES.contains(type)) {
            throw new MalformedParameterException(TYPE, "The field 'type' must be one of " + TRIED_TYPES);
        }
        String text = fields.getFirst("text") == null ? "" : fields.getFirst("text");
        ModelVersion current = models.current();
        Trial trial = new Trial(type, text, models.explain(type, text));
        return page(current, RiskForm.of(current.model()), new FormErrors(), trial, "");
    }

    private Response refused(RiskForm form, FormErrors errors) {
        String page = page(models.current(), form, errors, Trial.NONE, "").render();
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private TemplateInstance page(ModelVersion current, RiskForm form, FormErrors errors, Trial trial, String notice) {
        return risk.data("me", me)
                .data("current", VersionLine.of(current))
                .data("editor", RiskEditor.of(form, errors, me.t()))
                .data("trial", trial)
                .data("types", TRIED_TYPES)
                .data("versions", models.versions(VERSIONS).stream().map(VersionLine::of).toList())
                .data("notice", notice);
    }

    /** A version as the page lists it: its number, who saved it and when, in UTC. */
    public record VersionLine(long version, String changedBy, String when) {
        static VersionLine of(ModelVersion version) {
            return new VersionLine(version.version(), version.changedBy(),
                    version.changedAt() == null ? "" : AuditPages.WHEN.format(version.changedAt()));
        }
    }

    /**
     * A signal tried on the model: what she wrote and how it was scored ({@code explanation} null before she
     * tries one), the grade's class giving it the board's colour.
     */
    public record Trial(String type, String text, Explanation explanation) {

        static final Trial NONE = new Trial("PANIC", "", null);

        public boolean tried() {
            return explanation != null;
        }

        public String gradeCss() {
            return explanation == null ? "" : "grade-" + explanation.grade().toLowerCase(Locale.ROOT);
        }
    }
}
