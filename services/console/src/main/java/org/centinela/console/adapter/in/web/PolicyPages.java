package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.centinela.console.application.PreviewPolicy;
import org.centinela.console.application.ReadPolicies;
import org.centinela.console.application.SavePolicy;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicyRefused;
import org.centinela.console.domain.PolicySchedule;

/**
 * The escalation policies: their list, the editor with its schedule in plain words, and saving through
 * escalation. Operators edit; auditors read the same page without a save button (contract §4).
 */
@Path("/policies")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {

    /** What the buttons of the editor ask for ({@code action}). */
    static final String SAVE = "save";
    static final String PREVIEW = "preview";
    static final String ADD_LEVEL = "addLevel";
    static final String REMOVE_LEVEL = "removeLevel";

    private final Template policies;
    private final Template policy;
    private final ReadPolicies read;
    private final SavePolicy save;
    private final PreviewPolicy preview;
    private final SignedIn me;

    public PolicyPages(Template policies, Template policy, ReadPolicies read, SavePolicy save, PreviewPolicy preview,
            SignedIn me) {
        this.policies = policies;
        this.policy = policy;
        this.read = read;
        this.save = save;
        this.preview = preview;
        this.me = me;
    }

    @GET
    @RolesAllowed({"operator", "auditor"})
    public TemplateInstance list() {
        return policies.data("me", me).data("policies", read.all());
    }

    @GET
    @Path("new")
    @RolesAllowed("operator")
    public TemplateInstance fresh() {
        return editor(PolicyForm.blank(), new FormErrors(), true, null, 0, "");
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"operator", "auditor"})
    public TemplateInstance edit(@PathParam("id") String id, @QueryParam("saved") Long saved) {
        Policy current = read.one(id);
        PolicySchedule schedule = preview.schedule(current, me.t());
        return editor(PolicyForm.of(current), new FormErrors(), false, schedule, current.version(),
                saved == null ? "" : me.t().get("policy.saved").replace("{version}", String.valueOf(saved)));
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitFresh(MultivaluedMap<String, String> fields) {
        return submit(PolicyForm.submitted(null, fields), action(fields), true);
    }

    @POST
    @Path("{id}")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        return submit(PolicyForm.submitted(id, fields), action(fields), false);
    }

    private Response submit(PolicyForm form, String action, boolean fresh) {
        Map<String, String> t = me.t();
        if (ADD_LEVEL.equals(action)) {
            return page(editor(form.withOneMoreLevel(), new FormErrors(), fresh, null, 0, ""));
        }
        if (REMOVE_LEVEL.equals(action)) {
            return page(editor(form.withoutLastLevel(), new FormErrors(), fresh, null, 0, ""));
        }
        PolicyForm.Reading reading = form.read(t);
        if (!reading.readable()) {
            return page(editor(form, reading.errors(), fresh, null, 0, ""), 422);
        }
        if (PREVIEW.equals(action)) {
            return page(editor(form, reading.errors(), fresh, preview.schedule(reading.policy(), t), 0, ""));
        }
        try {
            Policy saved = save.save(reading.policy());
            return Response.seeOther(UriBuilder.fromPath("/policies/{id}").queryParam("saved", saved.version())
                    .build(saved.id())).build();
        } catch (PolicyRefused refused) {
            return page(editor(form, FormErrors.of(refused, t), fresh, null, 0, ""), 422);
        }
    }

    /**
     * @param schedule the preview to show, {@code null} for none
     * @param version  the saved version shown, 0 for a form not saved
     */
    private TemplateInstance editor(PolicyForm form, FormErrors errors, boolean fresh, PolicySchedule schedule,
            long version, String notice) {
        return policy.data("me", me)
                .data("editor", PolicyEditor.of(form, errors, me.operator(), fresh, me.t()))
                .data("heading", fresh ? me.t().get("policy.new") : form.name())
                .data("schedule", schedule)
                .data("scheduleTitle", version > 0
                        ? me.t().get("policy.scheduleSaved").replace("{version}", String.valueOf(version))
                        : me.t().get("policy.scheduleForm"))
                .data("version", version)
                .data("notice", notice);
    }

    private static Response page(TemplateInstance page) {
        return page(page, 200);
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }

    private static String action(MultivaluedMap<String, String> fields) {
        List<String> action = fields.get("action");
        return action == null || action.isEmpty() ? SAVE : action.get(0);
    }
}
