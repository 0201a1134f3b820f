package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.PolicyChoice;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.junit.jupiter.api.Test;

/** The alert page, its live part and the board's rows rendered with strict rendering, as the console renders them. */
class AlertPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aResponderSeesPeopleByTheNamesEscalationGaveAndByIdWithoutOne() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ACKNOWLEDGED, Grade.HIGH, 70, 1,
                List.of(new Alert.Acknowledgement("r-ana", "SMS", T0.plusSeconds(30))), List.of(
                        line(0, "SIGNAL_RECEIVED", "PANIC by SMS"),
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 2 people, quorum 1"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-ana on SMS (level 1, round 0)"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-luis on VOICE (level 1, round 0)"),
                        line(2, "NOTIFICATION_STATUS", "ALERT to r-ana on SMS: DELIVERED"),
                        line(30, "RESPONSE", "ACK from r-ana (RESPONDER) by SMS")),
                T0, T0.plusSeconds(30), true, "gt", Map.of("r-ana", "Ana López"));

        String page = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.empty()), EN, T0.plusSeconds(60))
                .fill(ENGINE.getTemplate("alertLive").data("me", Person.responder(EN))).render();

        assertThat(page).contains("<dd id=\"acks\">Ana López (SMS)</dd>")
                .contains("<td>Ana López</td>").contains("<td>r-luis</td>")
                .contains(">Ana López</text>").contains(">r-luis</text>")
                .contains("<title>Ana López: ")
                .doesNotContain("<td>r-ana</td>").doesNotContain(">r-ana</text>")
                .contains("id=\"decline\"");
    }

    @Test
    void anAlertWithoutNamesShowsEveryoneById() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ACKNOWLEDGED, Grade.HIGH, 70, 1,
                List.of(new Alert.Acknowledgement("r-ana", "SMS", T0.plusSeconds(30))), List.of(
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 1 person, quorum 1"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-ana on SMS (level 1, round 0)")),
                T0, T0.plusSeconds(30), true, "gt", null);

        String page = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.empty()), EN, T0.plusSeconds(60))
                .fill(ENGINE.getTemplate("alertLive").data("me", new Person(EN, false, true))).render();

        assertThat(page).contains("<dd id=\"acks\">r-ana (SMS)</dd>").contains("<td>r-ana</td>")
                .doesNotContain("id=\"ack\"");
    }

    @Test
    void anOperatorReadsWhoWhereAndWhatLinkedToHerRecordWithHerPhoneToCall() {
        Alert alert = marta();

        String page = live(alert, brief(false), new Person(EN, true, false));

        assertThat(page).contains("<h2 id=\"brief-title\">Brief: who, where, what</h2>")
                .contains("<dd id=\"brief-name\"><a href=\"/network/defenders/d-marta\">Marta</a></dd>")
                .contains("<dd id=\"brief-full-name\">Marta Xol Caal</dd>")
                .contains("<dd id=\"brief-organisation\">Colectiva Q&#39;eqchi&#39;</dd>")
                .contains("<a href=\"tel:+50255500011\" id=\"brief-phone\">+50255500011</a>")
                .contains("<dd>Guatemala (GT)</dd>");
        assertThat(between(page, "id=\"brief-signals\"", "</ol>")).as("each signal in order, with time and kind")
                .containsSubsequence("<strong>Panic</strong> · by SMS · <time datetime=\"2026-11-28T10:00:00Z\">"
                        + "10:00:00 UTC</time> <span class=\"ago\">(1 min ago)</span>",
                        "<span class=\"label\">Her words:</span> <q>SOS me siguen dos hombres, mercado de Cobán</q>",
                        "<strong>Missed check-in</strong> · check-in",
                        "<span class=\"label\">Check-in note:</span> <q>Voy a la fiscalía de Cobán</q>",
                        "Sent from <a href=\"https://www.openstreetmap.org/?mlat=15.46000&amp;mlon=-90.38000#map=17/"
                                + "15.46000/-90.38000\" rel=\"noreferrer\">15.46000, -90.38000</a>",
                        "<strong>Report</strong> · report form",
                        "<dt>Violence</dt><dd>Threat</dd>", "<dd>Unknown</dd>", "<dd>el mercado</dd>",
                        "<time datetime=\"2026-11-27\">2026-11-27</time>",
                        "<dd class=\"narrative\">Dos hombres me siguieron desde la oficina.</dd>");
        assertThat(between(page, "id=\"brief-places\"", "</ol>")).as("the latest place first, each on the map")
                .containsSubsequence("15.47090, -90.37070</a> <span class=\"accuracy\">±12 m</span>",
                        "<strong class=\"latest\">latest</strong>", "15.46000, -90.38000</a>")
                .contains("href=\"https://www.openstreetmap.org/?mlat=15.47090&amp;mlon=-90.37070#map=17/15.47090/-90.37070\"")
                .doesNotContainPattern("38000</a>[^<]*<strong class=\"latest\"");
        assertThat(page).contains("<ul id=\"brief-on-it\" aria-labelledby=\"brief-on-it-title\"><li>Ana López · by SMS · ")
                .contains("<span class=\"contribution\">+40</span> panic signal")
                .contains("<td>Ana López</td><td>received it</td><td>by SMS</td>")
                .contains("<td>operadora</td><td>read it</td><td>in the console</td>");
    }

    @Test
    void aResponderReadsTheBriefEscalationDisclosedToHerWithoutHerRecordNorWhomItReached() {
        AlertBrief brief = brief(false);
        AlertBrief hers = new AlertBrief(brief.alertId(), brief.code(), brief.version(), false,
                new AlertBrief.Defender("d-marta", "Marta", null, null, "es", "GT", "+50255500011", true), brief.grade(),
                brief.reasons(), brief.signals(), brief.onIt(), List.of());

        String page = live(marta(), hers, Person.responder(EN));

        assertThat(page).contains("<dd id=\"brief-name\">Marta</dd>").contains("href=\"tel:+50255500011\"")
                .contains("Her words:")
                .doesNotContain("/network/defenders/").doesNotContain("brief-full-name")
                .doesNotContain("brief-disclosures").doesNotContain("brief-no-disclosures");
    }

    @Test
    void anOperatorClosesAnAlertSayingHowSheVerifiedTheDefenderAResponderJustAnswers() {
        String operators = live(marta(), null, new Person(EN, true, false));
        String responders = live(marta(), null, Person.responder(EN));

        assertThat(between(operators, "id=\"actions-title\"", "</section>"))
                .contains("<input type=\"text\" id=\"verification\" name=\"verification\" maxlength=\"500\" required>")
                .contains("How you verified she is safe");
        assertThat(between(responders, "id=\"actions-title\"", "</section>")).contains("id=\"resolve\"")
                .doesNotContain("verification");
    }

    @Test
    void withoutABriefThereIsNoSection() {
        String auditors = live(marta(), null, new Person(EN, false, true));

        assertThat(auditors).doesNotContain("id=\"brief\"").doesNotContain("SOS").contains("id=\"timeline-list\"");
    }

    @Test
    void theLinesOfTheBriefsKindsAreToldInTheReadersLanguageFromTheirTypedFields() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ESCALATING, Grade.HIGH, 70, 1,
                List.of(), List.of(
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 1 person, quorum 1"),
                        new Alert.TimelineLine(T0.plusSeconds(5), "BRIEF_DISCLOSED", "brief to r-ana on SMS", "r-ana",
                                "SMS", null),
                        new Alert.TimelineLine(T0.plusSeconds(9), "BRIEF_OPENED", "r-ana opened the brief (SMS)",
                                "r-ana", "SMS", null),
                        new Alert.TimelineLine(T0.plusSeconds(20), "BRIEF_READ", "read by operadora (CONSOLE)", null,
                                "CONSOLE", "operadora"),
                        new Alert.TimelineLine(T0.plusSeconds(30), "TRIAGED", "ATTACH to d-marta", null, null,
                                "operadora"),
                        new Alert.TimelineLine(T0.plusSeconds(40), "BRIEF_DISCLOSED", "brief to r-luis on EMAIL",
                                null, "EMAIL", null)),
                T0, T0.plusSeconds(40), true, "gt", Map.of("r-ana", "Ana López"));
        Map<String, String> es = new Texts().in("es");

        String spanish = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.empty()), es,
                T0.plusSeconds(60)).fill(ENGINE.getTemplate("alertLive").data("me", new Person(es, true, false))).render();

        assertThat(between(spanish, "id=\"timeline-list\"", "</table>")).containsSubsequence(
                "<td>Nivel iniciado</td><td>level 1 (Trusted contacts): 1 person, quorum 1</td>",
                "<td>Resumen enviado</td><td>Su resumen llegó a Ana López por SMS</td>",
                "<td>Resumen abierto</td><td>Ana López abrió su resumen, desde el enlace enviado por SMS</td>",
                "<td>Resumen leído</td><td>operadora leyó su resumen en la consola</td>",
                "<td>Verificación</td><td>operadora decidió sobre la alerta retenida: ATTACH to d-marta</td>",
                "<td>Resumen enviado</td><td>brief to r-luis on EMAIL</td>");
    }

    @Test
    void herPhoneMarkedSeizedAndClearedIsToldOnTheRecordInTheReadersWordsAndMovesNoContactNorAnswer() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ESCALATING, Grade.HIGH, 70, 1,
                List.of(), List.of(
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 1 person, quorum 1"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-ana on SMS (level 1, round 0)"),
                        new Alert.TimelineLine(T0.plusSeconds(20), "PHONE_SEIZED",
                                "her phone is marked seized by operadora", null, null, "operadora"),
                        line(25, "RESPONSE_IGNORED", "a cancel from her seized phone was refused"),
                        new Alert.TimelineLine(T0.plusSeconds(50), "PHONE_SEIZED_CLEARED",
                                "her phone is no longer marked seized, cleared by operadora", null, null, "operadora")),
                T0, T0.plusSeconds(50), true, "gt", Map.of("r-ana", "Ana López"));
        Map<String, String> es = new Texts().in("es");

        String spanish = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.empty()), es,
                T0.plusSeconds(60)).fill(ENGINE.getTemplate("alertLive").data("me", new Person(es, true, false))).render();

        assertThat(between(spanish, "id=\"timeline-list\"", "</table>")).containsSubsequence(
                "<td>Teléfono incautado</td><td>her phone is marked seized by operadora</td>",
                "<td>Respuesta ignorada</td><td>a cancel from her seized phone was refused</td>",
                "<td>Teléfono ya no incautado</td><td>her phone is no longer marked seized, cleared by operadora</td>");
        assertThat(between(spanish, "id=\"contacts\"", "</table>").split("<tr>", -1)).as("a header and Ana").hasSize(3);
    }

    @Test
    void anOperatorDecidesOnAHeldAlertWithTheSendersNumberAndWordsBeforeHerAndEscalationsRefusalBesideItsInput() {
        AlertBrief held = brief(true);
        Alert alert = new Alert(held.alertId(), "1326", "unknown:5f2c", AlertState.OPEN, Grade.ELEVATED, 40, 0,
                List.of(), List.of(line(0, "SIGNAL_RECEIVED", "PANIC by SMS")), T0, T0, false, null, null);
        EntryErrors refused = Refusals.onTriage(new TriageRefused(false, List.of(new FieldProblem("policyId",
                "policyId names no policy", "unknown-policy", List.of("gt")))), EN);
        TriageView triage = TriageView.of(held, "Mar", List.of(new Defender("d-marta", "Marta Xol Caal", "Marta",
                "Colectiva", "+50255500011", "es", "GT", "gt", 1, true, false, 1, false, null, false)),
                List.of(new PolicyChoice("gt", "Guatemala default")),
                new Triage(Triage.Action.OPEN, "", "gt", "Doña Rosa", ""), refused);

        String page = alertPage(alert, held, triage, refused);

        assertThat(page).contains("<h2 id=\"triage-title\">Held for triage: decide</h2>")
                .contains("<a href=\"tel:+50255500011\" id=\"triage-phone\">+50255500011</a>")
                .contains("<li><q>SOS me siguen dos hombres, mercado de Cobán</q></li>")
                .contains("<p>Escalation did not do it: check the fields marked.</p>")
                .contains("<input type=\"hidden\" name=\"action\" value=\"ATTACH\">")
                .contains("<input type=\"radio\" name=\"defenderId\" value=\"d-marta\" id=\"defender-d-marta\"> "
                        + "Marta Xol Caal (Marta) · Colectiva · +50255500011")
                .contains("<option value=\"gt\" selected>Guatemala default (gt)</option>")
                .contains("id=\"name\" name=\"name\" value=\"Doña Rosa\"")
                .contains("<select id=\"policyId\" name=\"policyId\" aria-invalid=\"true\" aria-describedby=\"policyId-error\">")
                .contains("<p class=\"field-error\" id=\"policyId-error\">names no policy: gt</p>")
                .contains("<input type=\"hidden\" name=\"action\" value=\"DISMISS\">")
                .contains("action=\"/alerts/" + held.alertId() + "/triage\"")
                .contains("<dd id=\"brief-name\">A number not in the directory</dd>");
        assertThat(page.indexOf("id=\"triage\"")).as("the decision comes before the rest of the page")
                .isLessThan(page.indexOf("id=\"alert-live\""));
    }

    @Test
    void aDecisionOnAnAlertSomeoneElseDecidedOnIsSaidOnTopOfItsPageWithoutTheForms() {
        Alert alert = new Alert(UUID.fromString("6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70"), "1326", "d-marta",
                AlertState.ESCALATING, Grade.HIGH, 70, 1, List.of(), List.of(), T0, T0, true, "gt", null);
        EntryErrors refused = Refusals.onTriage(new TriageRefused(true, List.of(new FieldProblem("",
                "the alert is not held for triage", "not-held", List.of()))), EN);

        String page = alertPage(alert, brief(false), null, refused);

        assertThat(page).contains("<div class=\"form-errors\" role=\"alert\" id=\"triage-errors\" tabindex=\"-1\">\n"
                + "<p>Escalation did not do it: the alert is not as it was.</p><p>this alert is no longer held for triage:"
                + " someone has already decided on it</p>").doesNotContain("id=\"triage\"");
    }

    @Test
    void theBoardsTriageLaneShowsAnOperatorWhoSentEachHeldAlert() {
        AlertBrief held = brief(true);
        Alert alert = new Alert(held.alertId(), "1326", "unknown:5f2c", AlertState.OPEN, Grade.ELEVATED, 40, 0,
                List.of(), List.of(), T0, T0, false, null, null);
        AlertRow row = AlertRow.of(alert, EN, T0.plusSeconds(60)).sentBy(held);

        String board = ENGINE.getTemplate("boardRows").data("me", new Person(EN, true, false))
                .data("rows", new AlertPages.BoardView(List.of(), List.of(row))).render();

        assertThat(board).contains("<p class=\"sender\"><a href=\"tel:+50255500011\" class=\"phone\">+50255500011</a>"
                + " · <q class=\"words\">Dos hombres me siguieron desde la oficina.</q></p>");
    }

    /** Marta's alert, Ana on it. */
    private static Alert marta() {
        return new Alert(UUID.fromString("6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70"), "1326", "d-marta",
                AlertState.ACKNOWLEDGED, Grade.HIGH, 70, 1,
                List.of(new Alert.Acknowledgement("r-ana", "SMS", T0.plusSeconds(30))),
                List.of(line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 1 person, quorum 1")), T0,
                T0.plusSeconds(30), true, "gt", Map.of("r-ana", "Ana López"));
    }

    /**
     * Her brief: an SOS by SMS, a missed check-in with its note and a place, a report from a place 2 minutes later;
     * {@code held} as an unknown sender's, held for triage (no name then).
     */
    private static AlertBrief brief(boolean held) {
        AlertBrief.Defender her = held
                ? new AlertBrief.Defender("unknown:5f2c", null, null, null, null, null, "+50255500011", false)
                : new AlertBrief.Defender("d-marta", "Marta", "Marta Xol Caal", "Colectiva Q'eqchi'", "es", "GT",
                        "+50255500011", true);
        return new AlertBrief(UUID.fromString("6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70"), "1326", 3, held, her,
                Grade.HIGH, List.of(new RiskFactor("type.panic", 40, "panic signal")), List.of(
                        new AlertBrief.Signal(UUID.randomUUID(), SignalType.PANIC, SignalSource.SMS, T0,
                                "SOS me siguen dos hombres, mercado de Cobán", null, null, null),
                        new AlertBrief.Signal(UUID.randomUUID(), SignalType.CHECKIN_MISSED, SignalSource.CHECKIN,
                                T0.plusSeconds(10), "Voy a la fiscalía de Cobán", new Location(15.46, -90.38, null),
                                T0.plusSeconds(5), null),
                        new AlertBrief.Signal(UUID.randomUUID(), SignalType.REPORT, SignalSource.REPORT_FORM,
                                T0.plusSeconds(20), "Dos hombres me siguieron desde la oficina.",
                                new Location(15.4709, -90.3707, 12.0), T0.plusSeconds(15),
                                new IncidentReport(ViolenceType.THREAT, PerpetratorType.UNKNOWN, "el mercado",
                                        LocalDate.of(2026, 11, 27), "Dos hombres me siguieron desde la oficina."))),
                List.of(new AlertBrief.OnIt("r-ana", null, "SMS", T0.plusSeconds(30))),
                List.of(new AlertBrief.Disclosure("r-ana", "SMS", "DISCLOSED", T0.plusSeconds(5)),
                        new AlertBrief.Disclosure("operadora", "CONSOLE", "READ", T0.plusSeconds(50))));
    }

    /** An operator's alert page with its triage forms ({@code triage}, null for none) and a refusal on top. */
    private static String alertPage(Alert alert, AlertBrief brief, TriageView triage, EntryErrors refused) {
        return AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.of(brief)), EN, T0.plusSeconds(60))
                .fill(ENGINE.getTemplate("alert").data("me", new Person(EN, true, false))).data("triage", triage)
                .data("refused", refused).data("answered", "").data("triaged", "").render();
    }

    private static String live(Alert alert, AlertBrief brief, Person me) {
        return AlertSheet.of(new ShowAlert.AlertFile(alert, List.of(), Optional.ofNullable(brief)), EN,
                T0.plusSeconds(60)).fill(ENGINE.getTemplate("alertLive").data("me", me)).render();
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    private static Alert.TimelineLine line(int second, String type, String detail) {
        return new Alert.TimelineLine(T0.plusSeconds(second), type, detail);
    }
}
