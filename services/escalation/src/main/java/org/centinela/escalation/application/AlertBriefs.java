package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertBrief.BriefSignal;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.directory.Defender;

/**
 * The brief of an alert as it is now, made from the alert, the signals that make it and what they carried, and
 * the directory: who she is (the name her network knows her by), every signal in the order intake received it,
 * the reasons for the grade and who is on it.
 */
@ApplicationScoped
public class AlertBriefs {

    private static final Comparator<RiskFactor> HIGHEST_FIRST = Comparator.comparingInt(RiskFactor::contribution)
            .reversed().thenComparing(RiskFactor::code);

    private final AlertSignals signals;
    private final People people;

    public AlertBriefs(AlertSignals signals, People people) {
        this.signals = signals;
        this.people = people;
    }

    /**
     * The brief of {@code alert}, at its {@link Alert#briefVersion()}. A defender of the directory is named by her
     * alias, else her name, with her phone; someone an operator opened the alert for by the name she typed; an
     * unknown sender held for triage by nobody, with the number she wrote from.
     */
    public AlertBrief of(Alert alert, Instant updatedAt) {
        List<AttachedSignal> attached = signals.of(alert.id());
        Optional<Defender.Profile> profile = people.defender(alert.defenderId()).map(Defender::profile);
        String senderPhone = attached.stream().map(AttachedSignal::detail).filter(Objects::nonNull)
                .map(SignalDetail::senderPhone).filter(Objects::nonNull).findFirst().orElse(null);
        return new AlertBrief(alert.id(), alert.code(), alert.defenderId(),
                profile.map(Defender.Profile::displayName).orElse(alert.typedName()),
                profile.map(Defender.Profile::organisation).orElse(null),
                profile.map(Defender.Profile::language).orElse(null),
                profile.map(Defender.Profile::country).orElse(null),
                profile.map(Defender.Profile::phone).orElse(senderPhone),
                alert.grade(), reasons(attached), attached.stream().map(AlertBriefs::briefSignal).toList(),
                alert.acknowledgements().stream().map(Acknowledgement::personId).toList(), alert.briefVersion(),
                updatedAt);
    }

    /** Per code the highest contribution any of its signals gave, highest first. */
    private static List<RiskFactor> reasons(List<AttachedSignal> attached) {
        Map<String, RiskFactor> highest = new LinkedHashMap<>();
        attached.stream().flatMap(signal -> signal.factors().stream()).forEach(factor -> highest.merge(factor.code(),
                factor, (kept, other) -> other.contribution() > kept.contribution() ? other : kept));
        return highest.values().stream().sorted(HIGHEST_FIRST).toList();
    }

    /** A location is dated by the signal's time: the devices do not say when they took it. */
    private static BriefSignal briefSignal(AttachedSignal signal) {
        SignalDetail detail = signal.detail();
        if (detail == null) {
            return new BriefSignal(signal.signalId(), signal.type(), signal.source(), signal.receivedAt(), null, null,
                    null, null);
        }
        return new BriefSignal(signal.signalId(), signal.type(), signal.source(), signal.receivedAt(), detail.text(),
                detail.location(), detail.location() == null ? null : signal.receivedAt(), detail.report());
    }
}
