package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.application.AnswerAlert;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.application.ShowBoard;
import org.centinela.console.domain.Board;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The alert board, its live feed and the alert page with its picture, factors and answers. The alert page names
 * people as escalation named them in the alert, for whoever may read it (see {@link AlertSheet}).
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
    private final BoardChanges changes;
    private final SignedIn me;
    private final Clock clock;

    public AlertPages(Template board, Template boardRows, Template alert, Template alertLive, ShowBoard showBoard,
            ShowAlert showAlert, AnswerAlert answerAlert, BoardChanges changes, SignedIn me) {
        this.board = board;
        this.boardRows = boardRows;
        this.alert = alert;
        this.alertLive = alertLive;
        this.showBoard = showBoard;
        this.showAlert = showAlert;
        this.answerAlert = answerAlert;
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

    @GET
    @Path("alerts/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance alert(@PathParam("id") UUID id, @QueryParam("answered") String answered) {
        return alertData(alert, id).data("answered", answered == null ? "" : answered);
    }

    @GET
    @Path("alerts/{id}/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance alertLive(@PathParam("id") UUID id) {
        return alertData(alertLive, id);
    }

    @POST
    @Path("alerts/{id}/answer")
    @RolesAllowed({"operator", "responder"})
    public Response answer(@PathParam("id") UUID id, @FormParam("kind") String kind) {
        answerAlert.answer(id, kind == null ? "" : kind);
        return Response.seeOther(URI.create("/alerts/" + id + "?answered=" + kind)).build();
    }

    private BoardView rows() {
        Map<String, String> t = me.t();
        Instant now = clock.instant();
        Board b = showBoard.board();
        return new BoardView(b.alerts().stream().map(a -> AlertRow.of(a, t, now)).toList(),
                b.triage().stream().map(a -> AlertRow.of(a, t, now)).toList());
    }

    private TemplateInstance alertData(Template template, UUID id) {
        return AlertSheet.of(showAlert.show(id), me.t(), clock.instant()).fill(template.data("me", me));
    }

    /** The board's two lanes. */
    public record BoardView(List<AlertRow> alerts, List<AlertRow> triage) {
        public boolean empty() {
            return alerts.isEmpty() && triage.isEmpty();
        }
    }
}
