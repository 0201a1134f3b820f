package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.AuditPage;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.junit.jupiter.api.Test;

/** What the console asks of escalation's alerts API for a brief and a triage decision, and how it reads the answers. */
class EscalationAlertsTest {

    /** Read as Quarkus reads a service's JSON: ISO instants, unknown fields ignored. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final UUID ALERT = UUID.fromString("6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70");

    private final Api api = new Api();
    private final EscalationAlerts alerts = new EscalationAlerts(api, JSON);

    @Test
    void aBriefIsAskedForAsOneReadInTheConsole() {
        alerts.brief(ALERT);

        assertThat(api.asked).containsExactly("brief " + ALERT + " client=console");
    }

    @Test
    void aBriefNotDisclosedToHerIsHerRefusal() {
        api.refusal = 403;

        assertThatThrownBy(() -> alerts.brief(ALERT)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void eachTriageDecisionPostsItsOwnBody() {
        alerts.triage(ALERT, new Triage(Triage.Action.ATTACH, "d-marta", "", "", ""));
        alerts.triage(ALERT, new Triage(Triage.Action.OPEN, "", "gt-default", "Doña Rosa", ""));
        alerts.triage(ALERT, new Triage(Triage.Action.DISMISS, "", "", "", "a wrong number"));

        assertThat(api.bodies).containsExactly(Map.of("action", "ATTACH", "defenderId", "d-marta"),
                Map.of("action", "OPEN", "policyId", "gt-default", "name", "Doña Rosa"),
                Map.of("action", "DISMISS", "reason", "a wrong number"));
    }

    @Test
    void anAlertNoLongerHeldIsAConflictNamingItsRule() {
        TriageRefused refused = EscalationAlerts.refused(409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"the alert is not held for triage",
                 "errors":[{"field":"","message":"the alert is not held for triage","code":"not-held","args":[]}]}
                """, JSON);

        assertThat(refused.conflict()).isTrue();
        assertThat(refused.problems()).containsExactly(
                new FieldProblem("", "the alert is not held for triage", "not-held", List.of()));
    }

    @Test
    void aRuleBrokenNamesItsFieldAndAProblemWithoutFieldsIsOneOfTheWhole() {
        TriageRefused unknown = EscalationAlerts.refused(422, """
                {"type":"https://centinela.org/problems/invalid-fields","title":"Invalid request","status":422,
                 "detail":"defenderId names no defender",
                 "errors":[{"field":"defenderId","message":"defenderId names no defender","code":"unknown-defender"}]}
                """, JSON);
        TriageRefused bare = EscalationAlerts.refused(409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"she already has an open alert"}
                """, JSON);

        assertThat(unknown.conflict()).isFalse();
        assertThat(unknown.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("defenderId", "unknown-defender"));
        assertThat(bare.problems()).containsExactly(new FieldProblem("", "she already has an open alert"));
    }

    @Test
    void readsTheBriefEscalationAnswers() throws Exception {
        AlertBrief brief = JSON.readValue("""
                { "alertId": "6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70", "code": "1326", "version": 4,
                  "heldForTriage": false,
                  "defender": { "id": "d-marta", "displayName": "Marta", "name": "Marta Xol Caal",
                                "organisation": "Colectiva", "language": "es", "country": "GT",
                                "phone": "+50255500011", "inDirectory": true },
                  "grade": "HIGH",
                  "reasons": [ { "code": "type.panic", "contribution": 40, "explanation": "panic signal", "args": [] } ],
                  "signals": [
                    { "signalId": "0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "type": "PANIC", "source": "SMS",
                      "at": "2026-12-07T10:00:00Z", "text": "SOS me siguen dos hombres, mercado de Cobán" },
                    { "signalId": "1c7a0b63-2e3f-4a5b-9c6d-7e8f9a0b1c2d", "type": "REPORT", "source": "REPORT_FORM",
                      "at": "2026-12-07T10:03:00Z",
                      "location": {"lat": 15.4709, "lon": -90.3707, "accuracyM": 12.0},
                      "locatedAt": "2026-12-07T10:02:30Z",
                      "report": {"violenceType": "THREAT", "perpetratorType": "UNKNOWN", "place": "el mercado",
                                 "occurredOn": "2026-12-07", "narrative": "Dos hombres me siguieron."} } ],
                  "latestLocation": { "lat": 15.4709, "lon": -90.3707, "accuracyM": 12.0, "at": "2026-12-07T10:02:30Z",
                      "mapUrl": "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070" },
                  "onIt": [ { "personId": "r-ana", "name": "Ana López", "channel": "SMS", "at": "2026-12-07T10:01:00Z" } ],
                  "disclosures": [ { "personId": "r-ana", "channel": "SMS", "kind": "DISCLOSED",
                                     "at": "2026-12-07T10:00:05Z" } ] }
                """, AlertBrief.class);

        assertThat(brief.defender().displayName()).isEqualTo("Marta");
        assertThat(brief.defender().inDirectory()).isTrue();
        assertThat(brief.signals()).extracting(AlertBrief.Signal::type).containsExactly(SignalType.PANIC,
                SignalType.REPORT);
        assertThat(brief.signals().get(1).report().violenceType()).isEqualTo(ViolenceType.THREAT);
        assertThat(brief.places()).singleElement().satisfies(place -> assertThat(place.mapUrl()).isEqualTo(
                "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070"));
        assertThat(brief.onIt()).extracting(AlertBrief.OnIt::name).containsExactly("Ana López");
        assertThat(brief.disclosures()).extracting(AlertBrief.Disclosure::kind).containsExactly("DISCLOSED");
        assertThat(brief.reasons()).extracting(r -> r.code()).containsExactly("type.panic");
        assertThat(brief.toString()).doesNotContain("Marta", "Cobán", "15.47");
    }

    @Test
    void readsAnUnknownSendersBriefWithItsNullsLeftOut() throws Exception {
        AlertBrief brief = JSON.readValue("""
                { "alertId": "6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70", "code": "1326", "version": 1,
                  "heldForTriage": true, "defender": { "id": "unknown:5f2c", "phone": "+50255599999",
                  "inDirectory": false }, "grade": "ELEVATED",
                  "signals": [ { "signalId": "0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "type": "PANIC", "source": "SMS",
                                 "at": "2026-12-07T10:00:00Z", "text": "SOS" } ] }
                """, AlertBrief.class);

        assertThat(brief.heldForTriage()).isTrue();
        assertThat(brief.defender().displayName()).isNull();
        assertThat(brief.onIt()).isEmpty();
        assertThat(brief.disclosures()).isEmpty();
        assertThat(brief.lastWords()).contains("SOS");
    }

    @Test
    void readsTheTypedFieldsOfTheTimelineAndLinesWithoutThem() throws Exception {
        Alert alert = JSON.readValue("""
                { "id": "6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70", "code": "1326", "defenderId": "d-marta",
                  "state": "ESCALATING", "grade": "HIGH", "score": 70, "level": 1, "acks": [],
                  "timeline": [
                    { "at": "2026-12-07T10:00:00Z", "type": "LEVEL_STARTED",
                      "detail": "level 1 (Trusted contacts): 1 person, quorum 1" },
                    { "at": "2026-12-07T10:00:05Z", "type": "BRIEF_DISCLOSED", "detail": "brief to r-ana on SMS",
                      "personId": "r-ana", "channel": "SMS" } ],
                  "openedAt": "2026-12-07T10:00:00Z", "updatedAt": "2026-12-07T10:00:05Z", "verifiedSender": true,
                  "policyId": "gt", "policyVersion": 3, "names": { "r-ana": "Ana López" } }
                """, Alert.class);

        assertThat(alert.timeline()).extracting(Alert.TimelineLine::personId, Alert.TimelineLine::channel,
                Alert.TimelineLine::actorId).containsExactly(tuple(null, null, null),
                        tuple("r-ana", "SMS", null));
    }

    /** escalation's API as the console calls it, answering every call, or refusing with {@code refusal}. */
    private static final class Api implements EscalationApi {

        final List<String> asked = new ArrayList<>();
        final List<Map<String, Object>> bodies = new ArrayList<>();
        int refusal;

        @Override
        public AlertBrief brief(UUID id, String client) {
            asked.add("brief " + id + " client=" + client);
            if (refusal != 0) {
                throw new WebApplicationException(refusal);
            }
            return null;
        }

        @Override
        public Map<String, Object> triage(UUID id, Map<String, Object> body) {
            bodies.add(body);
            return Map.of();
        }

        @Override
        public List<Alert> alerts(String state, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Alert alert(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> respond(UUID id, Map<String, String> body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditPage auditLog(Long before, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Policy> policies() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Policy policy(String policyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Policy savePolicy(String policyId, Map<String, Object> body) {
            throw new UnsupportedOperationException();
        }
    }
}
