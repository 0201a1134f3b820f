package org.centinela.console.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;

/**
 * escalation's alerts as one signed-in person's token reads them, in memory: one alert, its brief as escalation
 * answers her ({@code brief}: a brief, or a refusal thrown), its answer to a triage decision, and every call it was
 * asked, in order.
 */
final class Escalation implements AlertsOfTheNetwork {

    static final UUID ALERT = UUID.fromString("6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70");
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    final List<String> asked = new ArrayList<>();
    Supplier<AlertBrief> brief = () -> brief(1);
    /** What escalation answers a triage decision with, null for doing it. */
    TriageRefused triageRefusal;

    static AlertBrief brief(long version) {
        return new AlertBrief(ALERT, "1326", version, false, new AlertBrief.Defender("d-marta", "Marta", "Marta Xol Caal",
                null, "es", "GT", "+50255500011", true), Grade.HIGH, List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public List<Alert> recent() {
        asked.add("alerts");
        return List.of(alert());
    }

    @Override
    public Alert alert(UUID id) {
        asked.add("alert " + id);
        return alert();
    }

    @Override
    public void answer(UUID id, String kind, String verification) {
        asked.add(kind + " " + id + (verification == null ? "" : " verified: " + verification));
    }

    @Override
    public AlertBrief brief(UUID id) {
        asked.add("brief " + id);
        return brief.get();
    }

    @Override
    public void triage(UUID id, Triage decision) {
        asked.add(decision.action() + " " + id);
        if (triageRefusal != null) {
            throw triageRefusal;
        }
    }

    long briefsAsked() {
        return asked.stream().filter(call -> call.startsWith("brief ")).count();
    }

    /** An unknown sender's alert held for triage at level 0. */
    static Alert alert() {
        return new Alert(ALERT, "1326", "unknown:5f2c", AlertState.OPEN, Grade.ELEVATED, 40, 0, List.of(), List.of(),
                T0, T0, false, null, Map.of());
    }
}
