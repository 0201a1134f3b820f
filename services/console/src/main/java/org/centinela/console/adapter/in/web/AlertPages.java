package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.application.AnswerAlert;
import org.centinela.console.application.NetworkDirectory;
import org.centinela.console.application.ReadPolicies;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.application.ShowBoard;
import org.centinela.console.application.TriageAlert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.PolicyChoice;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The alert board, its live feed and the alert page with its brief, picture, factors and answers. The alert page names
 * people as escalation named them in the alert, for whoever may read it (see {@link AlertSheet}). The brief is asked
 * for operators and responders (escalation discloses it to a responder or not), never for an auditor. An alert held
 * for triage shows an operator the sender's number and words and the forms that decide on it.
 */
@Path("/")
@Authenticated
@Blocking
public class AlertPages {

    private final Template board;
    private final Template boardRows;
    private final Template alert;
    private final Template alertLive;
    private final ShowBoard showBoard;
    private final ShowAlert showAlert;
    private final AnswerAlert answerAlert;
    private final TriageAlert triageAlert;
    private final NetworkDirectory directory;
    private final ReadPolicies readPolicies;
    private final BoardChanges changes;
    private final SignedIn me;
    private final Clock clock;

    public AlertPages(Template board, Template boardRows, Template alert, Template alertLive, ShowBoard showBoard,
            ShowAlert showAlert, AnswerAlert answerAlert, TriageAlert triageAlert, NetworkDirectory directory,
            ReadPolicies readPolicies, BoardChanges changes, SignedIn me) {
        this.board = board;
        this.boardRows = boardRows;
        this.alert = alert;
        this.alertLive = alertLive;
        this.showBoard = showBoard;
        this.showAlert = showAlert;
        this.answerAlert = answerAlert;
        this.triageAlert = triageAlert;
        this.directory = directory;
        this.readPolicies = readPolicies;
        this.changes = changes;
        this.me = me;
        this.clock = Clock.systemUTC();
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/board")).build();
    }

    @GET
    @Path("board")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance board() {
        return board.data("me", me).data("rows", rows());
    }

    @GET
    @Path("board/rows")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance boardRows() {
        return boardRows.data("me", me).data("rows", rows());
    }

    /** Server-sent events: "changed" whenever an alert or a delivery changed, for the open pages to refresh. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> events() {
        return changes.stream();
    }

    /**
     * @param answered the answer she just sent, to say it was sent
     * @param triaged  the triage decision escalation just took, to say so
     * @param who      part of a defender's name, searched for among the defenders to attach a held alert to
     */
    @GET
    @Path("alerts/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance alert(@PathParam("id") UUID id, @QueryParam("answered") String answered,
            @QueryParam("triaged") String triaged, @QueryParam("who") String who) {
        ShowAlert.AlertFile file = file(id);
        return alertPage(file, triage(file, who == null ? "" : who.strip(), null, EntryErrors.NONE),
                EntryErrors.NONE)
                .data("answered", answered == null ? "" : answered)
                .data("triaged", triaged == null ? "" : triaged);
    }

    @GET
    @Path("alerts/{id}/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance alertLive(@PathParam("id") UUID id) {
        return AlertSheet.of(file(id), me.t(), clock.instant()).fill(alertLive.data("me", me));
    }

    /**
     * An operator's decision on an alert held for triage ({@code action} ATTACH with {@code defenderId}, OPEN with
     * {@code policyId} and {@code name}, DISMISS with {@code reason}), sent to escalation with her token: done → the
     * alert's page, which says so; refused → the page again with what she typed and escalation's reasons, 409 or 422.
     */
    @POST
    @Path("alerts/{id}/triage")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response triage(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        PostedForm posted = new PostedForm(form);
        Triage decision = posted.triage();
        try {
            triageAlert.decide(id, decision);
            return Response.seeOther(UriBuilder.fromPath("/alerts/{id}").queryParam("triaged", decision.action())
                    .build(id)).build();
        } catch (TriageRefused refused) {
            ShowAlert.AlertFile file = file(id);
            EntryErrors errors = Refusals.onTriage(refused, me.t());
            TemplateInstance page = alertPage(file, triage(file, posted.text("who"), decision, errors), errors)
                    .data("answered", "").data("triaged", "");
            return Response.status(refused.conflict() ? 409 : 422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page.render()).build();
        }
    }

    @POST
    @Path("alerts/{id}/answer")
    @RolesAllowed({"operator", "responder"})
    public Response answer(@PathParam("id") UUID id, @FormParam("kind") String kind,
            @FormParam("verification") String verification) {
        FormText.readable("kind", kind);
        FormText.readable("verification", verification);
        answerAlert.answer(id, kind == null ? "" : kind, me.operator() ? verification : null);
        return Response.seeOther(URI.create("/alerts/" + id + "?answered=" + kind)).build();
    }

    private BoardView rows() {
        Map<String, String> t = me.t();
        Instant now = clock.instant();
        ShowBoard.BoardFile file = showBoard.board(me.name(), me.operator());
        return new BoardView(file.board().alerts().stream().map(a -> AlertRow.of(a, t, now)).toList(),
                file.board().triage().stream().map(a -> {
                    AlertRow row = AlertRow.of(a, t, now);
                    AlertBrief brief = file.triageBriefs().get(a.id());
                    return brief == null ? row : row.sentBy(brief);
                }).toList());
    }

    private ShowAlert.AlertFile file(UUID id) {
        return showAlert.show(id, me.name(), me.mayReadBriefs());
    }

    /**
     * The alert page; {@code triage} null unless she decides on the alert, held for triage; {@code refused} what
     * escalation said of her last decision, on top (also when the alert is held no longer).
     */
    private TemplateInstance alertPage(ShowAlert.AlertFile file, TriageView triage, EntryErrors refused) {
        return AlertSheet.of(file, me.t(), clock.instant()).fill(alert.data("me", me)).data("triage", triage)
                .data("refused", refused);
    }

    /**
     * The triage forms of an operator on an alert held for triage (null otherwise): the defenders whose name has
     * {@code who}, the policies, what she typed ({@code typed}, null for none yet) and why escalation refused it.
     */
    private TriageView triage(ShowAlert.AlertFile file, String who, Triage typed, EntryErrors errors) {
        AlertBrief brief = file.brief().orElse(null);
        if (!me.operator() || brief == null || !brief.heldForTriage()) {
            return null;
        }
        List<Defender> found = who.isEmpty() ? List.of() : directory.defenders(who, 0).items();
        List<PolicyChoice> policies = readPolicies.all().stream()
                .map(policy -> new PolicyChoice(policy.id(), policy.name())).toList();
        return TriageView.of(brief, who, found, policies,
                typed == null ? new Triage(Triage.Action.ATTACH, "", "", "", "") : typed, errors);
    }

    /** The board's two lanes. */
    public record BoardView(List<AlertRow> alerts, List<AlertRow> triage) {
        public boolean empty() {
            return alerts.isEmpty() && triage.isEmpty();
        }
    }
}
