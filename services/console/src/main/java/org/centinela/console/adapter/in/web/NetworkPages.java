package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.centinela.console.application.AddGroup;
import org.centinela.console.application.NetworkDirectory;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.DirectoryPage;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;

/**
 * The network — defenders, responders and groups — listed by name, added and edited, for operators only
 * (contract §4: others get the refusal page, and escalation refuses them again with their token). A form that
 * escalation refuses comes back with what was written (never a secret) and each message next to its input.
 */
@Path("/network")
@RolesAllowed("operator")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class NetworkPages {

    static final Set<String> RESPONDER_FIELDS = Set.of("name", "phone", "email", "language", "channels", "username");
    static final Set<String> DEFENDER_FIELDS = Set.of("name", "alias", "organisation", "phone", "language", "country",
            "policyId", "baselineRisk", "smsReplies", "pin", "duressPin", "codeWord", "seizedCodeWord");
    static final Set<String> GROUP_FIELDS = Set.of("groupId", "name", "members");

    private final Template networkResponders;
    private final Template networkResponder;
    private final Template networkDefenders;
    private final DefenderPage defenderPage;
    private final Template networkGroups;
    private final Template networkGroup;
    private final Template networkRemove;
    private final NetworkDirectory directory;
    private final AddGroup addGroup;
    private final SignedIn me;

    public NetworkPages(Template networkResponders, Template networkResponder, Template networkDefenders,
            DefenderPage defenderPage, Template networkGroups, Template networkGroup, Template networkRemove,
            NetworkDirectory directory, AddGroup addGroup, SignedIn me) {
        this.networkResponders = networkResponders;
        this.networkResponder = networkResponder;
        this.networkDefenders = networkDefenders;
        this.defenderPage = defenderPage;
        this.networkGroups = networkGroups;
        this.networkGroup = networkGroup;
        this.networkRemove = networkRemove;
        this.directory = directory;
        this.addGroup = addGroup;
        this.me = me;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/network/defenders")).build();
    }

    // Responders

    @GET
    @Path("responders")
    public TemplateInstance responders(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("removed") boolean removed) {
        return list(networkResponders, "responders", search, offset, directory.responders(search, offset))
                .data("removed", removed);
    }

    @GET
    @Path("responders/new")
    public TemplateInstance newResponder() {
        return responderForm(Responder.blank(), EntryErrors.NONE, false);
    }

    @GET
    @Path("responders/{id}")
    public TemplateInstance responder(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return responderForm(directory.responder(id), EntryErrors.NONE, saved != null);
    }

    @POST
    @Path("responders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addResponder(MultivaluedMap<String, String> form) {
        Responder written = new PostedForm(form).responder(null);
        try {
            return saved("/network/responders/" + directory.addResponder(written));
        } catch (EntryRefused refused) {
            return refusedForm(refused, responderForm(written, errors(refused, RESPONDER_FIELDS), false));
        }
    }

    @POST
    @Path("responders/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeResponder(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Responder written = new PostedForm(form).responder(id);
        try {
            directory.changeResponder(id, written);
            return saved("/network/responders/" + id);
        } catch (EntryRefused refused) {
            return refusedForm(refused, responderForm(written, errors(refused, RESPONDER_FIELDS), false));
        }
    }

    // Defenders

    @GET
    @Path("defenders")
    public TemplateInstance defenders(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("removed") boolean removed) {
        return list(networkDefenders, "defenders", search, offset, directory.defenders(search, offset))
                .data("removed", removed);
    }

    @GET
    @Path("defenders/new")
    public TemplateInstance newDefender() {
        return defenderPage.blank(DefenderEntry.blank(), EntryErrors.NONE);
    }

    /** Her page; {@code done} says what an action on it just did (one of {@link DefenderPage#DONE}). */
    @GET
    @Path("defenders/{id}")
    public TemplateInstance defender(@PathParam("id") String id, @QueryParam("saved") String saved,
            @QueryParam("done") String done) {
        return defenderPage.of(id).data("saved", saved != null)
                .data("done", DefenderPage.done(done));
    }

    @POST
    @Path("defenders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDefender(MultivaluedMap<String, String> form) {
        DefenderEntry written = new PostedForm(form).defender();
        try {
            return saved("/network/defenders/" + directory.addDefender(written));
        } catch (EntryRefused refused) {
            return refusedForm(refused,
                    defenderPage.blank(written.withoutSecrets(), errors(refused, DEFENDER_FIELDS)));
        }
    }

    @POST
    @Path("defenders/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeDefender(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        DefenderEntry written = new PostedForm(form).defender();
        try {
            directory.changeDefender(id, written);
            return saved("/network/defenders/" + id);
        } catch (EntryRefused refused) {
            return refusedForm(refused, defenderPage.of(directory.defender(id), written.withoutSecrets(),
                    errors(refused, DEFENDER_FIELDS)));
        }
    }

    // Groups

    @GET
    @Path("groups")
    public TemplateInstance groups(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("removed") boolean removed) {
        return list(networkGroups, "groups", search, offset, directory.groups(search, offset))
                .data("removed", removed);
    }

    @GET
    @Path("groups/new")
    public TemplateInstance newGroup() {
        return groupForm(new ResponderGroup("", "", List.of()), true, EntryErrors.NONE, false);
    }

    @GET
    @Path("groups/{id}")
    public TemplateInstance group(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return groupForm(directory.group(id), false, EntryErrors.NONE, saved != null);
    }

    /** A new group; an id another group has already is refused, since saving would replace that group. */
    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addGroup(MultivaluedMap<String, String> form) {
        ResponderGroup written = new PostedForm(form).group(null);
        try {
            addGroup.add(written);
            return saved("/network/groups/" + written.id());
        } catch (EntryRefused refused) {
            return refusedForm(refused, groupForm(written, true, errors(refused, GROUP_FIELDS), false));
        }
    }

    @POST
    @Path("groups/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeGroup(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ResponderGroup written = new PostedForm(form).group(id);
        try {
            directory.saveGroup(written);
            return saved("/network/groups/" + id);
        } catch (EntryRefused refused) {
            return refusedForm(refused, groupForm(written, false, errors(refused, GROUP_FIELDS), false));
        }
    }

    // Removing someone or a group: asked first, on a page of its own

    @GET
    @Path("{section: responders|defenders|groups}/{id}/remove")
    public TemplateInstance askToRemove(@PathParam("section") String section, @PathParam("id") String id) {
        return removal(section, id, nameOf(section, id), "");
    }

    @POST
    @Path("{section: responders|defenders|groups}/{id}/remove")
    public Response remove(@PathParam("section") String section, @PathParam("id") String id) {
        String name = nameOf(section, id);
        try {
            switch (section) {
                case "responders" -> directory.removeResponder(id);
                case "defenders" -> directory.removeDefender(id);
                default -> directory.removeGroup(id);
            }
            return Response.seeOther(URI.create("/network/" + section + "?removed=true")).build();
        } catch (EntryRefused refused) {
            return form(refused.conflict() ? 409 : 422, removal(section, id, name, refused.getMessage()));
        }
    }

    private String nameOf(String section, String id) {
        return switch (section) {
            case "responders" -> directory.responder(id).name();
            case "defenders" -> directory.defender(id).name();
            default -> directory.group(id).name();
        };
    }

    /** The question, and why escalation kept it when it did ({@code refused}, escalation's own words). */
    private TemplateInstance removal(String section, String id, String name, String refused) {
        return networkRemove.data("me", me).data("section", section).data("id", id).data("name", name)
                .data("refused", refused);
    }

    // The pages

    private <T> TemplateInstance list(Template template, String section, String search, int offset,
            DirectoryPage<T> page) {
        String searched = search == null ? "" : search.strip();
        ListLinks links = ListLinks.of(section, searched, offset, page.next());
        return template.data("me", me).data("section", section).data("search", searched)
                .data("items", page.items()).data("next", links.next()).data("first", links.first());
    }

    private TemplateInstance responderForm(Responder responder, EntryErrors errors, boolean saved) {
        return networkResponder.data("me", me).data("section", "responders").data("responder", responder)
                .data("channels", Responder.CHANNELS).data("errors", errors).data("saved", saved);
    }

    private TemplateInstance groupForm(ResponderGroup group, boolean creating, EntryErrors errors, boolean saved) {
        return networkGroup.data("me", me).data("section", "groups").data("group", group).data("creating", creating)
                .data("responders", directory.everyResponder()).data("errors", errors).data("saved", saved);
    }

    private EntryErrors errors(EntryRefused refused, Set<String> fields) {
        return Refusals.onForm(refused, fields, me.t());
    }

    /** 422 (a rule broken) or 409 (a conflict with the network), with the form to fix. */
    private static Response refusedForm(EntryRefused refused, TemplateInstance form) {
        return form(refused.conflict() ? 409 : 422, form);
    }

    /** A page answered with {@code status}: a form or question again, with why it was refused. */
    static Response form(int status, TemplateInstance form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(form.render()).build();
    }

    /** To the record's page, which says it was saved. */
    private static Response saved(String record) {
        return Response.seeOther(URI.create(record + "?saved=1")).build();
    }
}
