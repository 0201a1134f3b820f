package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Acknowledgement;

/**
 * Operators and auditors read every alert, a responder the alerts she was contacted about (contract §4);
 * every reading, of the list or of one alert, is audited, and so is a refused one (READ_REFUSED). One alert comes with the names of the responders
 * it involves: whoever may read it may know who else is on it, as the "someone is on it" SMS tells them.
 */
@ApplicationScoped
public class ReadAlerts {

    /** How the audit log names the list of alerts. */
    public static final String LIST_SUBJECT = "alerts";

    private final AlertFiles files;
    private final Network network;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    public ReadAlerts(AlertFiles files, Network network, People people, AuditTrail audit, Clock clock) {
        this.files = files;
        this.network = network;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** How the audit log names alert {@code alertId}. */
    public static String subject(UUID alertId) {
        return "alert:" + alertId;
    }

    /**
     * The page {@code query} asks for, narrowed for a responder to the alerts that contacted her (none when
     * she is in no directory entry).
     */
    @Transactional
    public AlertPage list(Caller caller, AlertQuery query) {
        audit.append(clock.instant(), caller.username(), AuditAction.READ, LIST_SUBJECT);
        if (caller.readsEveryAlert()) {
            return files.page(query);
        }
        Optional<String> responderId = responderIdOf(caller);
        return responderId.isPresent() ? files.page(query.contacting(responderId.get())) : AlertPage.empty(query);
    }

    /**
     * Alert {@code alertId} with its acknowledgements and timeline, and the names of the responders it
     * contacted or who acknowledged it.
     *
     * @throws UnknownAlert   when there is no such alert
     * @throws AlertForbidden when the caller is a responder it did not contact
     */
    @Transactional(dontRollbackOn = AlertForbidden.class)
    public NamedAlertFile read(Caller caller, UUID alertId) {
        if (!files.exists(alertId)) {
            throw new UnknownAlert(alertId);
        }
        if (!caller.readsEveryAlert() && !contactedAbout(caller, alertId)) {
            audit.append(clock.instant(), caller.username(), AuditAction.READ_REFUSED, subject(alertId));
            throw new AlertForbidden("only the responders an alert contacted may read it");
        }
        audit.append(clock.instant(), caller.username(), AuditAction.READ, subject(alertId));
        return named(alertId);
    }

    /** Alert {@code alertId} as {@link #read} answers it, for a use case that has checked and audited its caller. */
    NamedAlertFile named(UUID alertId) {
        AlertFile file = files.file(alertId).orElseThrow(() -> new UnknownAlert(alertId));
        return new NamedAlertFile(file, namesOfItsResponders(file));
    }

    /** Their names in one query; the defender stays unnamed even were she among them. */
    private Map<String, String> namesOfItsResponders(AlertFile file) {
        Set<String> involved = new LinkedHashSet<>(files.recipients(file.id()));
        file.acks().stream().map(Acknowledgement::personId).forEach(involved::add);
        involved.remove(file.defenderId());
        return people.responderNames(involved);
    }

    private boolean contactedAbout(Caller caller, UUID alertId) {
        return responderIdOf(caller).map(responderId -> files.contacted(alertId, responderId)).orElse(false);
    }

    private Optional<String> responderIdOf(Caller caller) {
        return caller.plays(Part.RESPONDER) ? network.responderIdOf(caller.username()) : Optional.empty();
    }
}
